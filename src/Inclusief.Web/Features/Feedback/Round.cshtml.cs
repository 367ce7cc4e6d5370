using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback;

/// <summary>Answering a round (one response per person, editable until the deadline) and, later, reading the response.</summary>
[Authorize]
public sealed class RoundModel(AppDbContext db, IAuthorizationService authorization, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public FeedbackRound Round { get; private set; } = null!;

    public bool IsOpen { get; private set; }

    public bool IsInvited { get; private set; }

    public FeedbackResponse? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!IsInvited)
        {
            return Forbid();
        }
        var answers = Round.Questions.ToDictionary(q => q.Id, q => new FeedbackAnswer.Value(
            Request.Form[$"q-{q.Id}"].FirstOrDefault(),
            int.TryParse(Request.Form[$"q-{q.Id}"].FirstOrDefault(), out var n) ? n : null,
            Request.Form[$"q-{q.Id}"].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList()));
        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = Mine is null;
        var response = Mine ?? FeedbackResponse.Start(Round.Id, users.GetUserId(User)!, now);
        response.Answer(Round, answers, now);
        if (isNew)
        {
            db.Set<FeedbackResponse>().Add(response);
        }
        if (isNew)
        {
            // The same person sent the form twice at once: the first one counts.
            var userId = response.UserId;
            await db.SaveOnceAsync(d => d.Set<FeedbackResponse>().AnyAsync(r => r.RoundId == Round.Id && r.UserId == userId));
        }
        else
        {
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = "Dank je! Je antwoorden zijn opgeslagen. Je kunt ze wijzigen tot de ronde sluit.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var round = await db.Set<FeedbackRound>().Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == id);
        var userId = users.GetUserId(User);
        if (round is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, round, FeedbackPermissions.Read)).Succeeded)
        {
            return NotFound();
        }
        IsInvited = (await authorization.AuthorizeAsync(User, round, FeedbackPermissions.Respond)).Succeeded;
        Round = round;
        IsOpen = round.IsOpen(clock.GetUtcNow().UtcDateTime);
        Mine = await db.Set<FeedbackResponse>().Include(r => r.Answers).SingleOrDefaultAsync(r => r.RoundId == id && r.UserId == userId);
        return null;
    }
}
