using System.Security.Cryptography;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Every random code the site hands out (receipt codes, mailed-link tokens, invitation and check-in codes, one-time
/// passwords) is drawn here, uniformly from an alphabet that suits how it is used: read aloud, typed or put in a link.
/// </summary>
public static class RandomCode
{
    public const string Digits = "0123456789";

    public const string LowerHex = "0123456789abcdef";

    /// <summary>Safe in a link without escaping (the base64url alphabet).</summary>
    public const string UrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Read from paper or a screen: no 0/O, 1/I/L.</summary>
    public const string Legible = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Of(int length, string alphabet) => RandomNumberGenerator.GetString(alphabet, length);
}
