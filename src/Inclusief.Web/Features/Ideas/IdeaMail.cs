using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Ideas;

/// <summary>Mails to the submitter. They name the idea and point to it; the decision's words are the coordinator's.</summary>
public sealed class IdeaMail(MailTemplate template, Mailer mailer)
{
    public void QuestionAsked(AppUser submitter, Idea idea, string url) =>
        Send(submitter, "We hebben een vraag over je idee", ["Een coördinator heeft een vraag over ‘{0}’. Je kunt de vraag lezen en beantwoorden via de link hieronder."], url, idea);

    public void Decided(AppUser submitter, Idea idea, string url) =>
        Send(submitter, "Er is een besluit over je idee",
            [idea.Status switch
            {
                IdeaStatus.Accepted => "Goed nieuws: we nemen ‘{0}’ op in het programma als deelproject.",
                IdeaStatus.Parked => "We parkeren ‘{0}’ voorlopig. We kunnen het later weer oppakken.",
                _ => "We nemen ‘{0}’ niet op in het programma.",
            }, "Toelichting: {1}"], url, idea);

    private void Send(AppUser submitter, string subject, string[] paragraphs, string url, Idea idea)
    {
        if (submitter.Email is null)
        {
            return;
        }
        mailer.Queue(template.Compose(submitter.Email, submitter.PreferredCulture ?? Cultures.Dutch, subject, paragraphs,
            ("Bekijk je idee", url), [idea.Title, idea.DecisionReason ?? ""]));
    }
}
