using Microsoft.Extensions.Options;
using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Writes each mail as an .eml file, so a developer without SMTP can open what would have been sent.</summary>
public sealed class PickupFolderMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        // Sortable by time, then by outbox order (the message id carries the zero-padded outbox id).
        var id = string.IsNullOrEmpty(message.MessageId) ? Guid.NewGuid().ToString("N") : message.MessageId.Split('@')[0];
        // A retry after a send whose acknowledgement was lost (the process died in between) carries the same message
        // id; like a receiver that drops the copy, the folder keeps the first one. (A folder for development: listing it is cheap.)
        if (Directory.EnumerateFiles(folder, $"*-{id}.eml").Any())
        {
            return;
        }
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{id}.eml";
        await message.WriteToAsync(Path.Combine(folder, name), cancellationToken);
    }
}
