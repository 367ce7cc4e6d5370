using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>Sends one subscriber's copy of an edition: the edition as it went out, addressed to them with their own unsubscribe link.</summary>
public sealed class EditionCopyHandler(AppDbContext db, MailDispatch dispatch) : IOutboxHandler
{
    public string Kind => NewsletterMail.EditionCopyKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var copy = JsonSerializer.Deserialize<NewsletterMail.EditionCopy>(work.Payload) ?? throw new InvalidOperationException("Empty edition copy.");
        var sentMail = await db.Set<NewsletterEdition>().Where(e => e.Id == copy.EditionId).Select(e => e.SentMail).SingleOrDefaultAsync(cancellationToken);
        if (sentMail is null)
        {
            // The edition was deleted after it was sent: its copies that are still waiting go nowhere.
            return;
        }
        var edition = JsonSerializer.Deserialize<MailMessage>(sentMail) ?? throw new InvalidOperationException("Empty edition.");
        await dispatch.SendAsync(NewsletterMail.Copy(edition, copy), work.Id, cancellationToken);
    }
}
