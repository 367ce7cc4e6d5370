using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Policies;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// Writing an item. Anyone signed in writes a draft under their own (pseudonymous) name and offers it for
/// review; an editor publishes it, sends it back with a note, archives it, and may correct it at any time.
/// Lessons (for a teaching module) and attachments are added once the draft is saved.
/// </summary>
[Authorize]
[RequestSizeLimit(11 * 1024 * 1024)]
public sealed class WriteModel(AppDbContext db, KnowledgeSearch search, UploadStore uploads, UploadQuota quota, IAuthorizationService authorization, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed record Choice(string Value, string Label);

    /// <summary>A multiple-choice list of things to link to (rendered by _Picker).</summary>
    public sealed record Picker(string Name, string Label, IReadOnlyList<Choice> Choices, IReadOnlySet<string> Selected);

    [BindProperty]
    public KnowledgeInput Input { get; set; } = new();

    public KnowledgeItem? Item { get; private set; }

    public bool IsEditor { get; private set; }

    public bool CanChange => Item is null || IsEditor ? Item?.Status != KnowledgeStatus.Archived : Item.Status == KnowledgeStatus.Draft;

    public IReadOnlyList<Choice> TargetGroupChoices { get; private set; } = [];

    public IReadOnlyList<Choice> ProjectChoices { get; private set; } = [];

    public IReadOnlyList<Choice> EventChoices { get; private set; } = [];

    public IReadOnlyList<Choice> ResultChoices { get; private set; } = [];

    public IReadOnlyList<Choice> MunicipalityChoices { get; private set; } = [];

    public IReadOnlyList<Choice> CoverChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Input = Item is null ? new KnowledgeInput { AuthorName = (await users.GetUserAsync(User))?.DisplayName ?? "" } : KnowledgeInput.From(Item);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAndAsync(id, null, "Opgeslagen.");

    public Task<IActionResult> OnPostSubmitAsync(int? id) =>
        SaveAndAsync(id, (item, now) => item.SubmitForReview(now), "Je stuk ligt nu ter beoordeling bij de redactie. Je ziet de uitkomst bij Mijn bijdragen.");

    public async Task<IActionResult> OnPostPublishAsync(int? id)
    {
        if (!(await authorization.AuthorizeAsync(User, KnowledgeFeature.Edit)).Succeeded)
        {
            return Forbid();
        }
        return await SaveAndAsync(id, (item, now) => item.Publish(now), "Gepubliceerd.");
    }

    public Task<IActionResult> OnPostReturnAsync(int id, string? note) => EditorStepAsync(id, (item, now) =>
    {
        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
        {
            throw new RuleException("Schrijf de auteur in hoogstens 2000 tekens wat er nog moet veranderen.");
        }
        item.ReturnToAuthor(note, now);
    }, "Teruggestuurd naar de auteur.");

    public Task<IActionResult> OnPostArchiveAsync(int id) => EditorStepAsync(id, (item, now) => item.Archive(now), "Gearchiveerd: het stuk staat niet meer in de kennisbank.");

    public Task<IActionResult> OnPostRepublishAsync(int id) => EditorStepAsync(id, (item, now) => item.Publish(now), "Weer gepubliceerd.");

    public async Task<IActionResult> OnPostAddLessonAsync(int id, string? lessonTitle, string? lessonBody)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(lessonTitle) || lessonTitle.Length > KnowledgeItem.TitleMaxLength || (lessonBody?.Length ?? 0) > KnowledgeItem.BodyMaxLength)
        {
            return Notice(id, "Geef de les een titel van hoogstens 200 tekens.");
        }
        var item = await TrackedAsync(id);
        item.AddLesson(lessonTitle, lessonBody ?? "");
        await SaveAsync(item);
        return Notice(id, "De les is toegevoegd.");
    }

    public async Task<IActionResult> OnPostMoveLessonAsync(int id, Guid lesson, int direction)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        var item = await TrackedAsync(id);
        item.MoveLesson(lesson, direction);
        await SaveAsync(item);
        return Notice(id, "De volgorde is aangepast.");
    }

    public async Task<IActionResult> OnPostRemoveLessonAsync(int id, Guid lesson)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        var item = await TrackedAsync(id);
        item.RemoveLesson(lesson);
        await SaveAsync(item);
        return Notice(id, "De les is verwijderd.");
    }

    public async Task<IActionResult> OnPostAttachAsync(int id, IFormFile? file)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        if (file is null)
        {
            return Notice(id, "Kies een bestand.");
        }
        if (Item!.Attachments.Count >= 10)
        {
            return Notice(id, "Een stuk heeft hoogstens 10 bijlagen.");
        }
        try
        {
            await quota.TakeAsync(users.GetUserId(User)!, file.Length);
            var stored = await uploads.SaveAsync(file, HttpContext.RequestAborted);
            var item = await TrackedAsync(id);
            item.Attachments.Add(KnowledgeAttachment.From(stored));
            await db.SaveChangesAsync();
            return Notice(id, "De bijlage is toegevoegd.");
        }
        catch (UploadRejectedException rejected)
        {
            return Notice(id, rejected.Message);
        }
    }

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(int id, Guid attachment)
    {
        if (await LoadForChangeAsync(id) is { } refused)
        {
            return refused;
        }
        var item = await TrackedAsync(id);
        if (item.Attachments.FirstOrDefault(a => a.Id == attachment) is { } found)
        {
            item.Attachments.Remove(found);
            await db.SaveChangesAsync();
            uploads.Delete(found.StoredName);
        }
        return Notice(id, "De bijlage is verwijderd.");
    }

    private async Task<IActionResult> SaveAndAsync(int? id, Action<KnowledgeItem, DateTime>? step, string notice)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!CanChange)
        {
            return Notice(id!.Value, Item!.Status == KnowledgeStatus.Archived ? "Een gearchiveerd stuk kan niet meer veranderen. Zet het eerst terug." : "Dit stuk ligt bij de redactie en kan nu niet veranderen.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = Clean(Input.ToDraft());
        KnowledgeItem item;
        if (Item is null)
        {
            item = KnowledgeItem.Start(draft, users.GetUserId(User)!, now);
            db.Add(item);
        }
        else
        {
            item = await TrackedAsync(Item.Id);
            item.Edit(draft, now);
        }
        try
        {
            step?.Invoke(item, now);
        }
        catch (RuleException rule)
        {
            // The text is kept: save what was written, and say why the step did not happen.
            notice = rule.Message;
        }
        await SaveAsync(item);
        return Notice(item.Id, notice);
    }

    private async Task<IActionResult> EditorStepAsync(int id, Action<KnowledgeItem, DateTime> step, string notice)
    {
        if (await LoadAsync(id, withChoices: false) is { } refused)
        {
            return refused;
        }
        if (!IsEditor)
        {
            return Forbid();
        }
        var item = await TrackedAsync(id);
        try
        {
            step(item, clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException rule)
        {
            return Notice(id, rule.Message);
        }
        await SaveAsync(item);
        return Notice(id, notice);
    }

    /// <summary>Saves, then brings the search index in line, in one transaction so that a published item is always findable.</summary>
    private async Task SaveAsync(KnowledgeItem item)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await search.IndexAsync(item);
        await transaction.CommitAsync();
    }

    /// <summary>Links only to what the pickers offered: a forged id or a members-only project never ends up on a public page.</summary>
    private KnowledgeItem.Draft Clean(KnowledgeItem.Draft draft) => draft with
    {
        TargetGroups = draft.TargetGroups.Where(g => TargetGroupChoices.Any(c => c.Value == g.ToString())).ToList(),
        Projects = draft.Projects.Where(p => ProjectChoices.Any(c => c.Value == p.ToString())).ToList(),
        Events = draft.Events.Where(e => EventChoices.Any(c => c.Value == e.ToString())).ToList(),
        Results = draft.Results.Where(r => ResultChoices.Any(c => c.Value == r.ToString())).ToList(),
        Municipalities = draft.Municipalities.Where(m => MunicipalityChoices.Any(c => c.Value == m)).ToList(),
        CoverImageId = draft.CoverImageId is { } cover && CoverChoices.Any(c => c.Value == cover.ToString()) ? cover : null,
    };

    private RedirectToPageResult Notice(int id, string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    private async Task<KnowledgeItem> TrackedAsync(int id) =>
        await db.Set<KnowledgeItem>().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery().SingleAsync(i => i.Id == id);

    private async Task<IActionResult?> LoadForChangeAsync(int id)
    {
        if (await LoadAsync(id, withChoices: false) is { } refused)
        {
            return refused;
        }
        return CanChange ? null : Notice(id, "Dit stuk kan nu niet veranderen.");
    }

    /// <summary>Loads the item and checks access; the pickers (six queries) only for the handlers that show or save the form.</summary>
    private async Task<IActionResult?> LoadAsync(int? id, bool withChoices = true)
    {
        IsEditor = (await authorization.AuthorizeAsync(User, KnowledgeFeature.Edit)).Succeeded;
        if (id is { } existing)
        {
            Item = await db.Set<KnowledgeItem>().AsNoTracking().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery()
                .SingleOrDefaultAsync(i => i.Id == existing);
            if (Item is null || !(IsEditor || Item.CreatedById == users.GetUserId(User)))
            {
                return NotFound();
            }
        }
        if (withChoices)
        {
            await ChoicesAsync();
        }
        return null;
    }

    private async Task ChoicesAsync()
    {
        var english = Cultures.Current == Cultures.English;
        TargetGroupChoices = (await db.Set<TargetGroup>().AsNoTracking().Select(g => new { g.Id, Name = english ? g.NameEn : g.NameNl }).ToListAsync())
            .Select(g => new Choice(g.Id.ToString(), g.Name)).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        ProjectChoices = (await db.PublicProjects().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).Take(200).ToListAsync())
            .Select(p => new Choice(p.Id.ToString(), p.Title)).ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-2);
        EventChoices = (await db.PublicEvents().Where(e => e.EndsAt > since).OrderByDescending(e => e.StartsAt).Select(e => new { e.Id, e.Title }).Take(200).ToListAsync())
            .Select(e => new Choice(e.Id.ToString(), e.Title)).ToList();
        ResultChoices = (await db.PublishedResults().OrderByDescending(r => r.PublishedAt).Select(r => new { r.Id, r.Title }).Take(200).ToListAsync())
            .Select(r => new Choice(r.Id.ToString(), r.Title)).ToList();
        CoverChoices = (await db.ShownPhotos().AsNoTracking().OrderByDescending(p => p.CreatedAt).Select(p => new { p.Id, p.Title }).Take(200).ToListAsync())
            .Select(p => new Choice(p.Id.ToString(), p.Title)).ToList();
        MunicipalityChoices = (await db.MunicipalitiesWithPolicy().OrderBy(m => m.Name).Select(m => new { m.Code, m.Name }).ToListAsync())
            .Select(m => new Choice(m.Code, m.Name)).ToList();
    }
}
