using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Events;

/// <summary>An event's page: what, when, where, the programme, places left, and afterwards what came out of it.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Events, PublicPages.Conversation })]
public sealed class DetailsModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, Conversation.CommentThreads threads) : PageModel
{
    public Event Event { get; private set; } = null!;

    public RegistrationDesk.Taken Taken { get; private set; } = new(0, 0);

    public IReadOnlyDictionary<Guid, int> SessionTaken { get; private set; } = new Dictionary<Guid, int>();

    public IReadOnlyList<(string Name, bool IsChair)> Speakers { get; private set; } = [];

    public bool IsOrganiser { get; private set; }

    public bool IsOpen { get; private set; }

    public bool IsOver { get; private set; }

    public bool OpensLater { get; private set; }

    public string? Invite { get; private set; }

    /// <summary>The conversation about the published write-up of an event anyone may see.</summary>
    public Conversation.CommentThread? Comments { get; private set; }

    [BindProperty(Name = Infrastructure.Pages.Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid id, string? invite)
    {
        if (!await LoadAsync(id, invite))
        {
            return NotFound();
        }
        if (Conversation.CommentSubjects.TakesComments(Event))
        {
            Comments = await threads.LoadAsync(Conversation.CommentSubjects.Of(Event), PageNumber, User,
                p => Url.Page("/Events/Details", new Dictionary<string, object?> { ["id"] = id, [Infrastructure.Pages.Pager.Parameter] = p })! + "#reacties");
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, string? invite)
    {
        var ev = await db.Set<Event>().AsNoTracking().Include(e => e.Rounds).ThenInclude(r => r.Sessions).Include(e => e.ProgrammeItems).Include(e => e.Speakers)
            .AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id);
        IsOrganiser = (await authorization.AuthorizeAsync(User, EventPermissions.Organise)).Succeeded;
        if (ev is null || !EventVisibility.IsVisible(ev, invite, IsOrganiser))
        {
            return false;
        }
        Event = ev;
        Invite = ev.Audience == EventAudience.InvitationOnly ? invite : null;
        var now = clock.GetUtcNow().UtcDateTime;
        IsOpen = ev.IsOpenForRegistration(now);
        IsOver = now >= ev.EndsAt;
        OpensLater = now < ev.RegistrationOpensAt;
        Taken = (await db.Set<EventRegistration>().TakenAsync([id]))[id];
        var sessionIds = ev.Rounds.SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        SessionTaken = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        var speakerIds = ev.Speakers.Select(s => s.ParticipantId).ToList();
        var names = await db.Set<Participant>().Where(p => speakerIds.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        Speakers = ev.Speakers.Where(s => names.ContainsKey(s.ParticipantId)).OrderByDescending(s => s.IsChair).Select(s => (names[s.ParticipantId], s.IsChair)).ToList();
        return true;
    }
}
