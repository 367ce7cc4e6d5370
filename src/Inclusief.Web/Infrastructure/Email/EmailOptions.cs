using MailKit.Security;

namespace Inclusief.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public string From { get; set; } = "noreply@inclusief.example";

    public string FromName { get; set; } = "Inclusief samenwerken in de stad";

    /// <summary>Where mails go when no SMTP host is configured (relative to the content root).</summary>
    public string PickupFolder { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
