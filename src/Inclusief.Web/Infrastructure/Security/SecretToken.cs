using System.Security.Cryptography;
using System.Text;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Single-use tokens for links in mails: 256 random bits, of which only a SHA-256 hash is stored (a fast
/// hash is enough for a value that cannot be guessed), so a copy of the database holds no usable link.
/// </summary>
public static class SecretToken
{
    /// <summary>43 link-safe characters: 258 random bits.</summary>
    public static string Create() => RandomCode.Of(43, RandomCode.UrlSafe);

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
