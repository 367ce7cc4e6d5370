using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Policies;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// Writing an item. Anyone signed in writes a draft under their own (pseudonymous) name and offers it for
/// review; an editor publishes it, sends it back with a note, archives it, and may correct it at any time.
/// Lessons (for a teaching module) and attachments are added once the draft is saved, each on a page of its own
/// (<see cref="LessonsModel"/>, <see cref="AttachmentsModel"/>); the editors' later steps are <see cref="ReviewModel"/>.
/// </summary>
[Authorize]
public sealed class WriteModel(AppDbContext db, KnowledgeEditing editing, IAuthorizationService authorization, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed record Choice(string Value, string Label);

    /// <summary>A multiple-choice list of things to link to (rendered by _Picker).</summary>
    public sealed record Picker(string Name, string Label, IReadOnlyList<Choice> Choices, IReadOnlySet<string> Selected);

    [BindProperty]
    public KnowledgeInput Input { get; set; } = new();

    public KnowledgeItem? Item { get; private set; }

    public bool IsEditor { get; private set; }

    /// <summary>Whether the text, lessons and attachments can change now (always for a new item).</summary>
    public bool CanChange { get; private set; } = true;

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

    public async Task<IActionResult> OnPostPublishAsync(int? id) =>
        (await authorization.AuthorizeAsync(User, KnowledgePermissions.Edit)).Succeeded
            ? await SaveAndAsync(id, (item, now) => item.Publish(now), "Gepubliceerd.")
            : Forbid();

    private async Task<IActionResult> SaveAndAsync(int? id, Action<KnowledgeItem, DateTime>? step, string notice)
    {
        if (await LoadAsync(id) is { } unknown)
        {
            return unknown;
        }
        if (!CanChange)
        {
            throw new RuleException(Item!.Status == KnowledgeStatus.Archived ? "Een gearchiveerd stuk kan niet meer veranderen. Zet het eerst terug." : "Dit stuk ligt bij de redactie en kan nu niet veranderen.");
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
            editing.Add(item);
        }
        else
        {
            item = (await editing.TrackedAsync(Item.Id))!;
            item.Edit(draft, now);
        }
        RuleException? refused = null;
        try
        {
            step?.Invoke(item, now);
        }
        catch (RuleException rule)
        {
            // The text is kept: save what was written, and say next to the form why the step did not happen.
            refused = rule;
        }
        await editing.SaveAsync(item);
        if (refused is null)
        {
            TempData["Notice"] = notice;
        }
        else
        {
            RuleRefusal.Keep(TempData, refused);
        }
        return RedirectToPage(new { id = item.Id });
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

    /// <summary>Loads the item, checks access, and loads the pickers (what a saved draft may link to is checked against them).</summary>
    private async Task<IActionResult?> LoadAsync(int? id)
    {
        IsEditor = (await authorization.AuthorizeAsync(User, KnowledgePermissions.Edit)).Succeeded;
        if (id is { } existing)
        {
            Item = await db.Set<KnowledgeItem>().AsNoTracking().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery()
                .SingleOrDefaultAsync(i => i.Id == existing);
            if (Item is null || !(await authorization.AuthorizeAsync(User, Item, KnowledgePermissions.Write)).Succeeded)
            {
                return NotFound();
            }
            CanChange = (await authorization.AuthorizeAsync(User, Item, KnowledgePermissions.Change)).Succeeded;
        }
        await ChoicesAsync();
        return null;
    }

    private async Task ChoicesAsync()
    {
        TargetGroupChoices = (await db.Set<TargetGroup>().AsNoTracking().ToListAsync())
            .Select(g => new Choice(g.Id.ToString(), TranslatedText.In(Cultures.Current, g.Name, g.NameTranslations))).OrderBy(c => c.Label, StringComparer.Ordinal).ToList();
        ProjectChoices = (await db.PublicProjects().OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).Take(200).ToListAsync())
            .Select(p => new Choice(p.Id.ToString(), p.Title)).ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-2);
        EventChoices = (await db.PublicEvents().Where(e => e.EndsAt > since).OrderByDescending(e => e.StartsAt).Select(e => new { e.Id, e.Title }).Take(200).ToListAsync())
            .Select(e => new Choice(e.Id.ToString(), e.Title)).ToList();
        ResultChoices = (await db.PublishedResults().OrderByDescending(r => r.PublishedAt).Select(r => new { r.Id, r.Title }).Take(200).ToListAsync())
            .Select(r => new Choice(r.Id.ToString(), r.Title)).ToList();
        CoverChoices = (await db.ShownPhotos().AsNoTracking().OrderByDescending(p => p.CreatedAt).Select(p => new { p.Id, p.Title }).Take(200).ToListAsync())
            .Select(p => new Choice(p.Id.ToString(), p.Title)).ToList();
        MunicipalityChoices = (await db.MunicipalitiesWithPolicy().ToListAsync())
            .OrderBy(m => m.DisplayName, Municipalities.Municipality.NameOrder).Select(m => new Choice(m.Code, m.Label)).ToList();
    }
}
