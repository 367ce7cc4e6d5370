using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.ImageBank.Admin;

/// <summary>Managing the image bank: every photo with its consent state (fifty to a page), and the media accounts waiting for a decision.</summary>
[Authorize(Policy = ImageBankPermissions.Manage)]
public sealed class IndexModel(AppDbContext db, UserManager<AppUser> users, ImageBankMail mail, AuditLog audit, TimeProvider clock, PublicAddress site) : PageModel
{
    public sealed record Row(Guid Id, string Title, PhotoStatus Status, int Consents, bool NoRecognisablePeople, int Downloads, DateTime CreatedAt, DateTime? WithdrawnAt);

    public const int PageSize = 50;

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Photos { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyList<MediaAccount> Requests { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var total = await db.Set<Photo>().CountAsync();
        Photos = await db.Set<Photo>().AsNoTracking().OrderBy(p => p.Status).ThenByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.Title, p.Status, p.Consents.Count, p.NoRecognisablePeople, p.Downloads, p.CreatedAt, p.WithdrawnAt)).ToListAsync();
        Pager = Pager.Counted(PageNumber, total, PageSize, p => Url.Page(null, new { p })!);
        Requests = await db.Set<MediaAccount>().AsNoTracking().Where(m => m.Status == MediaAccountStatus.Requested).OrderBy(m => m.RequestedAt).ToListAsync();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid account, bool approve)
    {
        var request = await db.Set<MediaAccount>().SingleOrDefaultAsync(m => m.Id == account);
        if (request is null)
        {
            return NotFound();
        }
        if (request.Status != MediaAccountStatus.Requested)
        {
            RuleRefusal.Keep(TempData, new RuleException("Over deze aanvraag is al besloten."));
            return RedirectToPage();
        }
        request.Decide(approve, clock.GetUtcNow().UtcDateTime);
        audit.Record(users.GetUserId(User)!, approve ? "media-account-approved" : "media-account-refused", "media-account", request.Id.ToString());
        if (await users.FindByIdAsync(request.UserId) is { Email: not null, EmailConfirmed: true } user)
        {
            mail.MediaAccountDecided(user, approve, site.Page(Url, "/ImageBank/Index", null, null));
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = approve ? "Het media-account is goedgekeurd." : "De aanvraag is afgewezen.";
        return RedirectToPage();
    }
}
