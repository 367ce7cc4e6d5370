using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Ideas someone submitted, with their questions and answers, and the ideas they support; erasing also removes the stored files.</summary>
public sealed class IdeaPersonalData(AppDbContext db, UploadStore uploads) : IPersonalData
{
    public string Section => "ideas";

    public async Task<object?> ExportAsync(AppUser user) => new
    {
        Submitted = await SubmittedAsync(user),
        Supported = await db.Set<IdeaSupport>().AsNoTracking().Where(s => s.UserId == user.Id)
            .Join(db.Set<Idea>(), s => s.IdeaId, i => i.Id, (s, i) => new { i.Title, s.CreatedAt }).ToListAsync(),
    };

    private async Task<object> SubmittedAsync(AppUser user) =>
        (await db.Set<Idea>().AsNoTracking().Include(i => i.Messages).Include(i => i.Attachments)
            .Where(i => i.SubmitterId == user.Id).OrderBy(i => i.CreatedAt).ToListAsync())
        .Select(i => new
        {
            Kind = i.Kind.ToString(),
            i.Title,
            i.Description,
            i.AffectedGroup,
            i.HelpAsked,
            i.MunicipalityCode,
            Status = i.Status.ToString(),
            i.DecisionReason,
            i.CreatedAt,
            Messages = i.Messages.OrderBy(m => m.CreatedAt).Select(m => new { m.FromCoordinator, m.Text, m.CreatedAt }),
            Attachments = i.Attachments.Select(a => new { a.FileName, a.ContentType, a.Size }),
        })
        .ToList();

    public async Task EraseAsync(AppUser user)
    {
        var stored = await db.Set<IdeaAttachment>().Where(a => db.Set<Idea>().Any(i => i.Id == a.IdeaId && i.SubmitterId == user.Id)).Select(a => a.StoredName).ToListAsync();
        await db.Set<IdeaSupport>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        await db.Set<Idea>().Where(i => i.SubmitterId == user.Id).ExecuteDeleteAsync();
        stored.ForEach(uploads.Delete);
    }
}
