using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback.Admin;

/// <summary>What the round brought: counts and distributions per question, every open answer, and the published response.</summary>
[Authorize(Policy = FeedbackPermissions.Organise)]
public sealed class ResultsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Tally(string Label, int Count);

    public sealed record QuestionResult(FeedbackQuestion Question, int Answered, IReadOnlyList<Tally> Distribution, double? Average, IReadOnlyList<string> OpenAnswers);

    public FeedbackRound Round { get; private set; } = null!;

    public int Responses { get; private set; }

    public bool IsOpen { get; private set; }

    public IReadOnlyList<QuestionResult> Questions { get; private set; } = [];

    [BindProperty]
    [StringLength(FeedbackRound.TextMaxLength)]
    [Display(Name = "Wat doen we ermee?")]
    public string? Reaction { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Reaction = Round.Response;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Round.PublishResponse(Reaction ?? "", clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Reaction), ex);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "De reactie is gepubliceerd voor iedereen die aan de ronde meedeed.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var round = await db.Set<FeedbackRound>().Include(r => r.Questions).SingleOrDefaultAsync(r => r.Id == id);
        if (round is null)
        {
            return false;
        }
        Round = round;
        IsOpen = round.IsOpen(clock.GetUtcNow().UtcDateTime);
        var answers = await db.Set<FeedbackAnswer>().AsNoTracking()
            .Where(a => db.Set<FeedbackResponse>().Any(r => r.Id == a.ResponseId && r.RoundId == id)).ToListAsync();
        Responses = await db.Set<FeedbackResponse>().CountAsync(r => r.RoundId == id);
        Questions = round.Questions.OrderBy(q => q.Order).Select(q =>
        {
            var own = answers.Where(a => a.QuestionId == q.Id).ToList();
            return q.Kind switch
            {
                QuestionKind.Scale => new QuestionResult(q, own.Count,
                    Enumerable.Range(1, 5).Select(n => new Tally(n.ToString(System.Globalization.CultureInfo.InvariantCulture), own.Count(a => a.Number == n))).ToList(),
                    own.Count == 0 ? null : Math.Round(own.Average(a => a.Number!.Value), 1), []),
                QuestionKind.OpenText => new QuestionResult(q, own.Count, [], null, own.Select(a => a.Text!).ToList()),
                _ => new QuestionResult(q, own.Count, q.Choices.Select(c => new Tally(c, own.Count(a => a.ChosenOptions.Contains(c)))).ToList(), null, []),
            };
        }).ToList();
        return true;
    }
}
