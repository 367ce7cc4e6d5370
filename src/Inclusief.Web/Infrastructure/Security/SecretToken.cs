using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Single-use tokens for links in mails: 256 random bits, of which only a SHA-256 hash is stored (a fast
/// hash is enough for a value that cannot be guessed), so a copy of the database holds no usable link.
/// </summary>
public static class SecretToken
{
    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
