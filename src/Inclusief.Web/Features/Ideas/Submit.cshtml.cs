using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Bringing in an idea, issue, running project, research request or shelved plan (a pseudonymous account is enough).</summary>
[Authorize]
[RequestSizeLimit(MaxFiles * 10 * 1024 * 1024 + 1024 * 1024)]
public sealed class SubmitModel(AppDbContext db, MunicipalityList municipalities, UploadStore uploads, UploadQuota quota, UserManager<AppUser> users, Notifications.Follows follows, TimeProvider clock) : PageModel
{
    public const int MaxFiles = 3;

    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public bool HasEmail { get; private set; }

    public async Task OnGetAsync()
    {
        Input.SubmissionKey = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }
        if (await db.Set<Idea>().Where(i => i.SubmissionKey == Input.SubmissionKey).Select(i => (Guid?)i.Id).FirstOrDefaultAsync() is { } existing)
        {
            return RedirectToPage("/Ideas/Details", new { id = existing });
        }
        await LoadAsync();
        if (!string.IsNullOrEmpty(Input.MunicipalityCode) && !Municipalities.Any(m => m.Code == Input.MunicipalityCode))
        {
            ModelState.AddModelError("Input.MunicipalityCode", "Kies een gemeente uit de lijst.");
        }
        if (Input.OrganisationId is { } organisation && !Organisations.Any(o => o.Id == organisation))
        {
            ModelState.AddModelError("Input.OrganisationId", "Kies een organisatie uit de lijst.");
        }
        var files = Files.Where(f => f.Length > 0).ToList();
        if (files.Count > MaxFiles)
        {
            RuleRefusal.Show(this, nameof(Files), new RuleException("Je kunt hoogstens {0} bestanden meesturen.", MaxFiles));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var idea = Idea.Submit(Input.SubmissionKey, users.GetUserId(User)!,
            new Idea.Content(Input.Kind, Input.Title, Input.Description, Input.AffectedGroup, Input.HelpAsked,
                string.IsNullOrEmpty(Input.MunicipalityCode) ? null : Input.MunicipalityCode, Input.OrganisationId, Input.Shared),
            clock.GetUtcNow().UtcDateTime);
        var stored = new List<StoredFile>();
        try
        {
            foreach (var file in files)
            {
                await quota.TakeAsync(users.GetUserId(User)!, file.Length);
                var saved = await uploads.SaveAsync(file);
                stored.Add(saved);
                idea.AddAttachment(IdeaAttachment.From(idea.Id, saved));
            }
        }
        catch (UploadRejectedException ex)
        {
            stored.ForEach(f => uploads.Delete(f.StoredName));
            ModelState.AddModelError(nameof(Files), ex.Message);
            return Page();
        }
        db.Set<Idea>().Add(idea);
        var key = Input.SubmissionKey;
        if (!await db.SaveOnceAsync(d => d.Set<Idea>().AnyAsync(i => i.SubmissionKey == key)))
        {
            // The same form sent twice at once: the first one is the idea; this one's files go.
            stored.ForEach(f => uploads.Delete(f.StoredName));
            return RedirectToPage("/Ideas/Details", new { id = await db.Set<Idea>().Where(i => i.SubmissionKey == key).Select(i => i.Id).SingleAsync() });
        }
        await follows.StartAsync(idea.SubmitterId, Notifications.FollowTarget.Idea, Conversation.CommentSubjects.KeyOf(idea.Id));
        TempData["Notice"] = "Dank je! We hebben je idee ontvangen. Een coördinator bekijkt het en laat je weten wat we ermee doen.";
        return RedirectToPage("/Ideas/Details", new { id = idea.Id });
    }

    private async Task LoadAsync()
    {
        Municipalities = await municipalities.ActiveAsync();
        Organisations = await db.ApprovedOrganisations().OrderBy(o => o.Name)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync();
        HasEmail = (await users.GetUserAsync(User))?.Email is not null;
    }
}
