using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Feedback;

/// <summary>The invitation to a feedback round, in the member's language, with the deadline in programme time.</summary>
public sealed class FeedbackMail(MailTemplate template, Mailer mailer)
{
    public void Invited(AppUser member, FeedbackRound round, string url)
    {
        var culture = member.PreferredCulture ?? Cultures.Dutch;
        mailer.Queue(template.Compose(member.Email!, culture, "Je mening gevraagd",
            ["We vragen je feedback op ‘{0}’.", "Je kunt reageren tot {1}. Je mag een schuilnaam gebruiken; andere deelnemers zien je antwoorden niet."],
            ("Feedback geven", url), [round.Title, ProgrammeTime.Format(round.Deadline, culture)]));
    }
}
