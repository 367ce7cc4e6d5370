using Inclusief.Web;
using Inclusief.Web.Features.Participation;

namespace Inclusief.Tests.Features.Participation;

public sealed class ParticipantRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static Participant NewExpert() => Participant.SignUp(Guid.NewGuid(), ParticipationForm.ExpertGroup, null,
        new Participant.Details("Roos", "Roos@Example.org", null, "nl", null, null, "Bankzaken", ExpertOffer.Essay, null), [], Now);

    [Fact]
    public void A_new_sign_up_can_go_through_intake_to_active_and_end()
    {
        var participant = NewExpert();

        participant.PlanIntake(Now.AddDays(3), 45, "Wijkcentrum", null, Now);
        participant.Activate(Now.AddDays(4));
        participant.End(Now.AddDays(30));

        Assert.Equal(ParticipationStatus.Ended, participant.Status);
        Assert.Equal(IntakeStatus.Held, Assert.Single(participant.Intakes).Status);
        Assert.Equal("roos@example.org", participant.Email);
    }

    [Fact]
    public void An_intake_cannot_be_planned_in_the_past()
    {
        var participant = NewExpert();

        Assert.Throws<RuleException>(() => participant.PlanIntake(Now.AddHours(-1), 45, "Wijkcentrum", null, Now));
    }

    [Fact]
    public void Moving_an_intake_cancels_the_old_one_and_keeps_the_calendar_entry_with_a_higher_sequence()
    {
        var participant = NewExpert();
        var first = participant.PlanIntake(Now.AddDays(3), 45, "Wijkcentrum", null, Now);

        var second = participant.PlanIntake(Now.AddDays(5), 30, null, "https://meet.example/abc", Now);

        Assert.Equal(IntakeStatus.Cancelled, first.Status);
        Assert.Equal(first.CalendarUid, second.CalendarUid);
        Assert.Equal(1, second.Sequence);
        Assert.Same(second, participant.CurrentIntake);
    }

    [Fact]
    public void Declining_needs_a_reason_cancels_the_planned_intake_and_is_final()
    {
        var participant = NewExpert();
        var intake = participant.PlanIntake(Now.AddDays(3), 45, "Wijkcentrum", null, Now);

        Assert.Throws<RuleException>(() => participant.Decline(" ", Now));
        participant.Decline("De expertgroep is vol.", Now);

        Assert.Equal(ParticipationStatus.Declined, participant.Status);
        Assert.Equal(IntakeStatus.Cancelled, intake.Status);
        Assert.Throws<RuleException>(() => participant.Activate(Now));
        Assert.Throws<RuleException>(() => participant.End(Now));
    }

    [Fact]
    public void Another_time_can_only_be_asked_for_a_planned_intake()
    {
        var participant = NewExpert();

        Assert.Throws<RuleException>(() => participant.RequestOtherIntakeTime("liever 's avonds"));
        participant.PlanIntake(Now.AddDays(3), 45, "Wijkcentrum", null, Now);
        participant.RequestOtherIntakeTime("liever 's avonds");

        Assert.Equal(IntakeStatus.OtherTimeRequested, participant.CurrentIntake!.Status);
    }

    [Fact]
    public void Every_decision_raises_the_version_so_stale_forms_are_detected()
    {
        var participant = NewExpert();
        var before = participant.Version;

        participant.Activate(Now);

        Assert.Equal(before + 1, participant.Version);
    }

    [Fact]
    public void A_partner_sign_up_without_an_organisation_is_impossible()
    {
        Assert.Throws<InvalidOperationException>(() => Participant.SignUp(Guid.NewGuid(), ParticipationForm.Partner, null,
            new Participant.Details("Sam", "sam@example.org", null, "nl", null, null, null, ExpertOffer.None, "Ruimte"), [], Now));
    }
}
