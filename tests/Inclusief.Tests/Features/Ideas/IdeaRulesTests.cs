using Inclusief.Web;
using Inclusief.Web.Features.Ideas;

namespace Inclusief.Tests.Features.Ideas;

public sealed class IdeaRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static Idea NewIdea() => Idea.Submit(Guid.NewGuid(), "submitter",
        new Idea.Content(IdeaKind.Bottleneck, "Bankrekening opgezegd", "Mijn bank zegt mijn zakelijke rekening op.", null, null, null, null), Now);

    [Fact]
    public void A_question_waits_for_the_submitter_whose_answer_puts_the_idea_back_under_review()
    {
        var idea = NewIdea();

        idea.AskQuestion("coordinator", "Welke bank is het?", Now);
        var waiting = idea.Status;
        idea.Answer("submitter", "Een grote bank.", Now);

        Assert.Equal(IdeaStatus.MoreInformationNeeded, waiting);
        Assert.Equal(IdeaStatus.UnderReview, idea.Status);
        Assert.Equal([true, false], idea.Messages.Select(m => m.FromCoordinator));
    }

    [Fact]
    public void Only_the_submitter_answers_and_only_when_asked()
    {
        var idea = NewIdea();

        Assert.Throws<RuleException>(() => idea.Answer("submitter", "Zomaar", Now));
        idea.AskQuestion("coordinator", "Waar speelt dit?", Now);
        Assert.Throws<RuleException>(() => idea.Answer("someone-else", "Den Haag", Now));
    }

    [Fact]
    public void A_decision_needs_an_explanation_and_is_final_except_parking()
    {
        var idea = NewIdea();

        Assert.Throws<RuleException>(() => idea.Park("", Now));
        idea.Park("Eerst het onderzoek afwachten.", Now);
        idea.Reopen(Now);
        idea.Decline("Past niet bij het programma.", Now);

        Assert.Equal(IdeaStatus.Declined, idea.Status);
        Assert.Throws<RuleException>(() => idea.Reopen(Now));
        Assert.Throws<RuleException>(() => idea.Accept(Guid.NewGuid(), "Toch wel", Now));
        Assert.Throws<RuleException>(() => idea.AskQuestion("coordinator", "Nog iets?", Now));
    }

    [Fact]
    public void Accepting_links_the_sub_project()
    {
        var idea = NewIdea();
        var project = Guid.NewGuid();

        idea.Accept(project, "Sluit aan bij het thema bankzaken.", Now);

        Assert.Equal((IdeaStatus.Accepted, project), (idea.Status, idea.SubProjectId));
    }
}
