using System.Text.RegularExpressions;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Inclusief.Tests.Support;

/// <summary>Runs the outbox and reads what it delivered to the pickup folder, per recipient.</summary>
public static partial class Mailbox
{
    public static async Task<List<MimeMessage>> MailsToAsync(this AppFactory app, string address)
    {
        // A handler may queue a mail itself (a reminder written when due): run until nothing more is due.
        for (var round = 0; round < 5 && await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync() > 0; round++)
        {
        }
        return app.Mails().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>The first link in the mail's text whose path starts with <paramref name="path"/>, as a local URL.</summary>
    public static string LinkTo(this MimeMessage mail, string path) =>
        LocalLink().Matches(mail.TextBody ?? "").Select(m => m.Groups[1].Value).First(l => l.StartsWith(path, StringComparison.Ordinal));

    [GeneratedRegex(@"https?://localhost(/\S+)")]
    private static partial Regex LocalLink();
}
