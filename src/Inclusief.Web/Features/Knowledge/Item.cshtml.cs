using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Inclusief.Web.Features.ImageBank;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Database;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// One item. Public items are open to all, members-only items to anyone signed in; a draft or an item in
/// review only to its author and the editors (as a preview). A signed-in member ticks off lessons of a module.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Knowledge, PublicPages.ImageBank, PublicPages.Projects, PublicPages.Events, PublicPages.Municipalities, PublicPages.Programmes, PublicPages.Conversation })]
public sealed class ItemModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, TimeProvider clock, Conversation.CommentThreads threads) : PageModel
{
    public sealed record Link(string Title, string? Page, object? RouteValues);

    public KnowledgeItem Item { get; private set; } = null!;

    public bool IsPreview { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlySet<Guid> Completed { get; private set; } = new HashSet<Guid>();

    public IReadOnlyList<string> TargetGroups { get; private set; } = [];

    public IReadOnlyList<Link> Links { get; private set; } = [];

    /// <summary>The cover photo, only while it is shown: a withdrawn consent takes it off every item.</summary>
    public PhotoView? Cover { get; private set; }

    public Conversation.CommentThread? Comments { get; private set; }

    [BindProperty(Name = Infrastructure.Pages.Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!IsPreview)
        {
            Comments = await threads.LoadAsync(Conversation.CommentSubjects.Of(Item), PageNumber, User,
                p => Url.Page("/Knowledge/Item", new Dictionary<string, object?> { ["id"] = id, [Infrastructure.Pages.Pager.Parameter] = p })! + "#reacties");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(int id, Guid lesson)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var userId = users.GetUserId(User);
        var found = Item.Lessons.FirstOrDefault(l => l.Id == lesson);
        if (userId is null || found is null || Item.Status != KnowledgeStatus.Published)
        {
            return userId is null ? Challenge() : NotFound();
        }
        if (!Completed.Contains(lesson))
        {
            db.Add(LessonProgress.Completed(found, userId, clock.GetUtcNow().UtcDateTime));
            // Ticked off twice at once (two tabs): the first one counts.
            await db.SaveOnceAsync(d => d.Set<LessonProgress>().AnyAsync(p => p.LessonId == found.Id && p.UserId == userId));
        }
        return Redirect(Url.Page("Item", new { id })! + "#lesson-" + found.Position);
    }

    /// <summary>Null when the item may be shown; otherwise what to answer instead.</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        var item = await db.Set<KnowledgeItem>().AsNoTracking().Include(i => i.Themes).Include(i => i.Lessons).Include(i => i.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }
        var userId = users.GetUserId(User);
        if (!(await authorization.AuthorizeAsync(User, item, KnowledgePermissions.Read)).Succeeded)
        {
            return KnowledgeAccessRule.SignInWouldHelp(item, User) ? Challenge() : NotFound();
        }
        CanEdit = (await authorization.AuthorizeAsync(User, KnowledgePermissions.Edit)).Succeeded;
        IsPreview = item.Status != KnowledgeStatus.Published;
        Item = item;
        if (userId is not null && item.Lessons.Count > 0)
        {
            Completed = (await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId && p.ItemId == id).Select(p => p.LessonId).ToListAsync()).ToHashSet();
        }
        var groups = item.TargetGroupList.ToList();
        TargetGroups = groups.Count == 0 ? [] : (await db.Set<TargetGroup>().AsNoTracking().Where(g => groups.Contains(g.Id)).ToListAsync())
            .Select(g => TranslatedText.In(Cultures.Current, g.Name, g.NameTranslations)).ToList();
        Links = await LinksAsync(item);
        if (item.CoverImageId is { } cover && await db.ShownPhotos().AsNoTracking().SingleOrDefaultAsync(p => p.Id == cover) is { } photo)
        {
            Cover = PhotoView.Of(photo);
        }
        return null;
    }

    private async Task<IReadOnlyList<Link>> LinksAsync(KnowledgeItem item)
    {
        var projects = item.ProjectList.ToList();
        var events = item.EventList.ToList();
        var results = item.ResultList.ToList();
        var codes = item.MunicipalityList.ToList();
        var links = new List<Link>();
        if (projects.Count > 0)
        {
            links.AddRange((await db.PublicProjects().Where(p => projects.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync())
                .Select(p => new Link(p.Title, "/Projects/Details", new { id = p.Id })));
        }
        if (events.Count > 0)
        {
            links.AddRange((await db.PublicEvents().Where(e => events.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync())
                .Select(e => new Link(e.Title, "/Events/Details", new { id = e.Id })));
        }
        if (results.Count > 0)
        {
            links.AddRange((await db.PublishedResults().Where(r => results.Contains(r.Id)).Select(r => new { r.Id, r.Title }).ToListAsync())
                .Select(r => new Link(r.Title, "/Projects/Result", new { id = r.Id })));
        }
        if (codes.Count > 0)
        {
            links.AddRange((await db.Set<Municipality>().AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync())
                .Select(m => new Link(m.DisplayName, "/Policies/Municipality", new { code = m.Code })));
        }
        return links;
    }
}
