using Inclusief.Web;
using Inclusief.Web.Features.Feedback;

namespace Inclusief.Tests.Features.Feedback;

public sealed class FeedbackRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static FeedbackRound Round(DateTime? deadline = null) => FeedbackRound.Open(
        new FeedbackRound.Draft("Handreiking banken", "Wat vind je ervan?", FeedbackAudience.SoundingBoard, null, null, deadline ?? Now.AddDays(7)), "coordinator",
        [("Hoe bruikbaar is dit?", QuestionKind.Scale, []), ("Welke delen?", QuestionKind.MultipleChoice, ["Intro", "Checklist", "Voorbeelden"]), ("Opmerkingen", QuestionKind.OpenText, [])],
        Now);

    [Fact]
    public void A_round_needs_a_future_deadline_a_question_and_real_choices()
    {
        Assert.Throws<RuleException>(() => Round(Now.AddMinutes(-1)));
        Assert.Throws<RuleException>(() => FeedbackRound.Open(new FeedbackRound.Draft("T", "I", FeedbackAudience.SoundingBoard, null, null, Now.AddDays(1)), "c", [], Now));
        Assert.Throws<RuleException>(() => FeedbackRound.Open(new FeedbackRound.Draft("T", "I", FeedbackAudience.WorkGroup, null, null, Now.AddDays(1)), "c", [("V", QuestionKind.OpenText, [])], Now));
        Assert.Throws<RuleException>(() => FeedbackRound.Open(new FeedbackRound.Draft("T", "I", FeedbackAudience.SoundingBoard, null, null, Now.AddDays(1)), "c", [("V", QuestionKind.SingleChoice, ["alleen"])], Now));
    }

    [Fact]
    public void Answers_that_do_not_fit_the_question_are_left_out()
    {
        var round = Round();
        var response = FeedbackResponse.Start(round.Id, "member", Now);
        var (scale, choice, open) = (round.Questions[0], round.Questions[1], round.Questions[2]);

        response.Answer(round, new Dictionary<Guid, FeedbackAnswer.Value>
        {
            [scale.Id] = new(null, 9, []),
            [choice.Id] = new(null, null, ["Intro", "Verzonnen"]),
            [open.Id] = new("Goed idee", null, []),
        }, Now);

        Assert.Equal(open.Id, Assert.Single(response.Answers).QuestionId);
    }

    [Fact]
    public void Answers_can_change_until_the_deadline_and_the_response_waits_until_after_it()
    {
        var round = Round();
        var response = FeedbackResponse.Start(round.Id, "member", Now);

        response.Answer(round, new Dictionary<Guid, FeedbackAnswer.Value> { [round.Questions[0].Id] = new(null, 4, []) }, Now);
        Assert.Throws<RuleException>(() => round.PublishResponse("We passen de checklist aan.", Now));
        Assert.Throws<RuleException>(() => response.Answer(round, new Dictionary<Guid, FeedbackAnswer.Value>(), Now.AddDays(8)));
        round.PublishResponse("We passen de checklist aan.", Now.AddDays(8));

        Assert.Equal(4, response.Answers.Single().Number);
        Assert.Equal("We passen de checklist aan.", round.Response);
    }
}
