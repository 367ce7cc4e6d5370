using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>Writes each mail as an .eml file, so a developer without SMTP can open what would have been sent.</summary>
public sealed class PickupFolderMailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    // The message ids already in the folder, read from it once and kept up to date after: listing the folder for every
    // mail made a warning's ten thousand alerts slower with each one written.
    private readonly Lazy<ConcurrentDictionary<string, bool>> _written = new(() => new(
        Directory.Exists(Folder(options.Value, environment))
            ? Directory.EnumerateFiles(Folder(options.Value, environment), "*.eml").Select(f => Path.GetFileNameWithoutExtension(f)[16..]).Distinct().ToDictionary(id => id, _ => true)
            : []));

    private static string Folder(EmailOptions options, IHostEnvironment environment) => Path.Combine(environment.ContentRootPath, options.PickupFolder);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Folder(options.Value, environment);
        Directory.CreateDirectory(folder);
        // Sortable by time, then by outbox order (the message id carries the zero-padded outbox id).
        var id = string.IsNullOrEmpty(message.MessageId) ? Guid.NewGuid().ToString("N") : message.MessageId.Split('@')[0];
        // A retry after a send whose acknowledgement was lost (the process died in between) carries the same message
        // id; like a receiver that drops the copy, the folder keeps the first one.
        if (_written.Value.ContainsKey(id))
        {
            return;
        }
        var name = $"{message.Date.UtcDateTime:yyyyMMdd-HHmmss}-{id}.eml";
        // Written under another name and then renamed: a process killed in the middle of the write leaves no half mail
        // under the final name, which the retry would take for the one that went out (most likely how one crash run lost a mail).
        var partial = Path.Combine(folder, $".{name}.partial");
        try
        {
            await message.WriteToAsync(partial, cancellationToken);
            File.Move(partial, Path.Combine(folder, name), overwrite: true);
            _written.Value[id] = true;
        }
        catch
        {
            // A failed write leaves no copy of the addresses behind; the outbox tries again.
            File.Delete(partial);
            throw;
        }
    }
}
