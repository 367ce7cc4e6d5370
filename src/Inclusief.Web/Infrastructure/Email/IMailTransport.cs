using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Delivers a finished MIME message: over SMTP, or into a pickup folder when no SMTP is configured.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
