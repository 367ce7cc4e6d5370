using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// The personal link to change or cancel a registration: the registration id, encrypted and authenticated with
/// the Data Protection keys (wrapped by the master key). Nothing usable is stored, every mail can carry the
/// same link, and a tampered or foreign token simply does not open.
/// </summary>
public sealed class RegistrationLink(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Inclusief.Events.RegistrationLink.v1");

    public string Create(Guid registrationId) =>
        Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(_protector.Protect(registrationId.ToByteArray()));

    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 400)
        {
            return null;
        }
        try
        {
            var bytes = _protector.Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public static string Url(string siteUrl, string token) => $"{siteUrl}/Events/Registration?t={token}";
}
