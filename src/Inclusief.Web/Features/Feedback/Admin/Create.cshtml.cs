using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback.Admin;

/// <summary>Opening a feedback round: up to five questions, a deadline, and who is invited (they get a mail).</summary>
[Authorize(Policy = FeedbackPermissions.Organise)]
public sealed class CreateModel(AppDbContext db, FeedbackInvitations invitations, FeedbackMail mail, UserManager<AppUser> users, TimeProvider clock, PublicAddress site,
    Notifications.Notifier notifier) : PageModel
{
    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Title)> SubProjects { get; private set; } = [];

    public string? IdeaTitle { get; private set; }

    public async Task OnGetAsync(Guid? ideaId)
    {
        if (ideaId is { } id && await db.Set<Idea>().Where(i => i.Id == id).Select(i => new { i.Title, i.Description }).FirstOrDefaultAsync() is { } idea)
        {
            Input.IdeaId = id;
            Input.Title = idea.Title;
            Input.Introduction = idea.Description;
            Input.Questions[0] = new QuestionInput { Text = "Hoe waardevol is dit idee voor jou?", Kind = QuestionKind.Scale };
            Input.Questions[1] = new QuestionInput { Text = "Wat moeten we weten voordat we besluiten?", Kind = QuestionKind.OpenText };
        }
        Input.DeadlineDate ??= ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime).AddDays(14);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.SubProjectId is { } project && !SubProjects.Any(p => p.Id == project))
        {
            ModelState.AddModelError("Input.SubProjectId", "Kies een deelproject uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var questions = Input.Questions.Where(q => !string.IsNullOrWhiteSpace(q.Text))
            .Select(q => (q.Text!, q.Kind, (IEnumerable<string>)(q.Options ?? "").Split('\n'))).ToList();
        FeedbackRound round;
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            round = FeedbackRound.Open(
                new FeedbackRound.Draft(Input.Title, Input.Introduction, Input.Audience, Input.Audience == FeedbackAudience.WorkGroup ? Input.SubProjectId : null, Input.IdeaId,
                    ProgrammeTime.ToUtc(Input.DeadlineDate!.Value, Input.DeadlineTime)),
                users.GetUserId(User)!, questions, now);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        db.Set<FeedbackRound>().Add(round);
        var url = site.Page(Url, "/Feedback/Round", null, new { id = round.Id });
        var invited = await invitations.MailRecipientsAsync(round);
        foreach (var member in invited)
        {
            mail.Invited(member, round, url);
        }
        await db.SaveChangesAsync();
        // Also in "Mijn meldingen", once the round is saved (the audience asks the database); the invitation itself was the mail.
        await notifier.NotifyAsync(new Notifications.Notifier.What(Notifications.NotificationKind.FeedbackRound, Notifications.FollowTarget.FeedbackRound,
            Conversation.CommentSubjects.KeyOf(round.Id), round.Title, $"/Feedback/Round/{round.Id}"), invited.Select(m => m.Id).ToList(), alreadyMailed: true);
        await db.SaveChangesAsync();
        TempData["Notice"] = "De feedbackronde is geopend en de genodigden hebben een mail gekregen.";
        return RedirectToPage("/Feedback/Admin/Results", new { id = round.Id });
    }

    private async Task LoadAsync()
    {
        SubProjects = await db.Set<SubProject>().AsNoTracking().Where(p => p.Status != SubProjectStatus.Stopped).OrderBy(p => p.Title)
            .Select(p => new ValueTuple<Guid, string>(p.Id, p.Title)).ToListAsync();
        if (Input.IdeaId is { } ideaId)
        {
            IdeaTitle = await db.Set<Idea>().Where(i => i.Id == ideaId).Select(i => i.Title).FirstOrDefaultAsync();
        }
    }
}
