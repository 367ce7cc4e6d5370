using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Conversation;

/// <summary>Moderation mails to a comment's author: why it was hidden, a warning, a suspension. They never quote the comment.</summary>
public sealed class ConversationMail(MailTemplate template, Mailer mailer)
{
    /// <summary>Names the item and links to it only when the author may still read it (<paramref name="subjectTitle"/> is null otherwise).</summary>
    public void Hidden(AppUser author, string? subjectTitle, string reason, string url) =>
        Send(author, "Je reactie is verborgen",
            [subjectTitle is null ? "Een moderator heeft een reactie van je verborgen." : "Een moderator heeft je reactie bij ‘{0}’ verborgen.", "Waarom: {1}", "Denk je dat dit een vergissing is? Antwoord dan op deze mail."],
            subjectTitle is null ? null : ("Bekijk het onderwerp", url), [subjectTitle ?? "", reason]);

    public void Warned(AppUser author, string message) =>
        Send(author, "Een waarschuwing over je reacties", ["Een moderator vraagt je op je reacties te letten.", "Het bericht van de moderator: {0}", "Herhaalt het zich, dan kun je tijdelijk niet meer reageren."], null, [message]);

    public void Suspended(AppUser author, string reason, DateTime? until) =>
        Send(author, "Je kunt tijdelijk niet reageren",
            [until is null ? "Een moderator heeft je reageren stopgezet tot een coördinator het weer aanzet." : "Een moderator heeft je reageren stopgezet tot {1}.", "Waarom: {0}", "Lezen kan gewoon. Je andere deelname verandert niet."],
            null, [reason, until is { } end ? ProgrammeTime.Format(end, author.PreferredCulture ?? Cultures.Dutch) : ""]);

    private void Send(AppUser author, string subject, string[] paragraphs, (string Label, string Url)? action, object[] arguments)
    {
        // Only to a confirmed address: anyone can type someone else's address at registration, and a mail from us can out them.
        if (author.Email is null || !author.EmailConfirmed)
        {
            return;
        }
        mailer.Queue(template.Compose(author.Email, author.PreferredCulture ?? Cultures.Dutch, subject, paragraphs, action, arguments));
    }
}
