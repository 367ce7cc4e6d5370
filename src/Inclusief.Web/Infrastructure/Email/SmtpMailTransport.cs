using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Inclusief.Web.Infrastructure.Email;

/// <summary>
/// Sends over one SMTP connection that stays open between mails (a warning to thousands of members is
/// thousands of mails; a new connection per mail would cost a handshake each). A broken connection is
/// dropped and opened again on the next mail.
/// </summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport, IDisposable
{
    private readonly SemaphoreSlim _line = new(1, 1);
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _line.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch
            {
                _client?.Dispose();
                _client = null;
                throw;
            }
        }
        finally
        {
            _line.Release();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        _client?.Dispose();
        var smtp = options.Value.Smtp;
        var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        _client = client;
        return client;
    }

    public void Dispose()
    {
        _client?.Dispose();
        _line.Dispose();
    }
}
