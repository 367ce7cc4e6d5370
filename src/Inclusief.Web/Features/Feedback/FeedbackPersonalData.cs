using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Feedback;

/// <summary>A person's answers in feedback rounds.</summary>
public sealed class FeedbackPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "feedback";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var responses = await db.Set<FeedbackResponse>().AsNoTracking().Include(r => r.Answers).Where(r => r.UserId == user.Id).ToListAsync();
        var roundIds = responses.Select(r => r.RoundId).ToList();
        var rounds = await db.Set<FeedbackRound>().AsNoTracking().Include(r => r.Questions).Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
        return responses.Select(r => new
        {
            Round = rounds[r.RoundId].Title,
            r.SubmittedAt,
            r.UpdatedAt,
            Answers = r.Answers.Select(a => new
            {
                Question = rounds[r.RoundId].Questions.FirstOrDefault(q => q.Id == a.QuestionId)?.Text,
                a.Text,
                a.Number,
                Choices = a.ChosenOptions,
            }),
        }).ToList();
    }

    public Task EraseAsync(AppUser user) => db.Set<FeedbackResponse>().Where(r => r.UserId == user.Id).ExecuteDeleteAsync();
}
