using System.Globalization;
using Inclusief.Web.Infrastructure.Pages;
using System.Security.Cryptography;
using System.Text;
using Inclusief.Web.Infrastructure.Crypto;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// A phone number, email address, licence plate or online handle by which a dangerous client can be recognised,
/// in one canonical form however it was typed: phone numbers in E.164 (parsed by libphonenumber; Dutch when no country is given),
/// plates and handles without spaces or punctuation, emails in lower case. Stored only as a keyed hash (HMAC
/// with a key derived from the master key, so a copy of the database cannot be searched by guessing numbers)
/// and a masked form for display; the raw value stays in the encrypted report.
/// </summary>
public sealed record Identifier(IdentifierKind Kind, string Canonical)
{
    /// <summary>What the report form accepts for any identifier: an e-mail address is the longest kind.</summary>
    public const int RawMaxLength = ContactDetails.EmailMaxLength;

    public static Identifier? Parse(IdentifierKind kind, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > RawMaxLength)
        {
            return null;
        }
        var value = raw.Trim();
        return kind switch
        {
            IdentifierKind.Phone => Phone(value) is { } phone ? new Identifier(kind, phone) : null,
            IdentifierKind.Email => IsAddress(value) ? new Identifier(kind, value.ToLowerInvariant()) : null,
            IdentifierKind.Plate => Alphanumeric(value) is { Length: >= 4 and <= 10 } plate && plate.Any(char.IsAsciiDigit) && plate.Any(char.IsAsciiLetter)
                ? new Identifier(kind, plate) : null,
            _ => Alphanumeric(value.TrimStart('@')) is { Length: >= 2 and <= 60 } handle ? new Identifier(kind, handle.ToLowerInvariant()) : null,
        };
    }

    /// <summary>Guesses the kind of a value typed into the client check; a handle is recognised by its leading '@'.</summary>
    public static Identifier? Detect(string? raw) =>
        raw is null ? null
        : raw.TrimStart().StartsWith('@') ? Parse(IdentifierKind.Handle, raw)
        : raw.Contains('@', StringComparison.Ordinal) ? Parse(IdentifierKind.Email, raw)
        : Parse(IdentifierKind.Phone, raw) ?? Parse(IdentifierKind.Plate, raw);

    public string Hash(MasterKey masterKey) => HashWith(KeyFor(masterKey));

    public static byte[] KeyFor(MasterKey masterKey) => masterKey.Derive("Inclusief.Safety.Identifiers.v1");

    public string HashWith(byte[] key) => Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Kind}:{Canonical}")));

    /// <summary>
    /// Enough to tell two warnings apart, never enough to find someone: at most the last two digits of a number
    /// (a hundredth of all numbers: millions of candidates), an address's top-level domain, a plate's last sign,
    /// a handle's first letter. "06-******34", "***@***.nl", "**-***-9", "b***".
    /// </summary>
    public string Masked => Kind switch
    {
        IdentifierKind.Phone when Canonical.StartsWith("+316", StringComparison.Ordinal) => $"06-******{Canonical[^2..]}",
        IdentifierKind.Phone => $"+***{Canonical[^2..]}",
        IdentifierKind.Email => $"***@***{Canonical[Canonical.LastIndexOf('.')..]}",
        IdentifierKind.Plate => $"**-***-{Canonical[^1..]}",
        _ => $"{Canonical[0]}***",
    };

    // One '@', something before it, and a domain that ends in a top-level domain of 2 to 24 letters: the masked form
    // shows that ending, so it must be short and can carry no text of its own.
    private static bool IsAddress(string value) =>
        value.Count(c => c == '@') == 1 && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && value[(at + 1)..] is var domain && domain.LastIndexOf('.') is > 0 and var dot
        && domain[(dot + 1)..] is { Length: >= 2 and <= 24 } ending && ending.All(char.IsAsciiLetter);

    private static readonly PhoneNumbers.PhoneNumberUtil Phones = PhoneNumbers.PhoneNumberUtil.GetInstance();

    // Any national or international way of writing a number (Dutch when no country is given), to E.164.
    private static string? Phone(string value)
    {
        if (value.Any(char.IsLetter))
        {
            return null;
        }
        try
        {
            var number = Phones.Parse(value, "NL");
            // Possible rather than valid (a number from a range not yet in the metadata is still a number), but
            // a whole subscriber number: short service codes are not how a client is recognised.
            return Phones.IsPossibleNumberWithReason(number) == PhoneNumbers.PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                && Phones.GetNationalSignificantNumber(number).Length >= 8 ? Phones.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (PhoneNumbers.NumberParseException)
        {
            return null;
        }
    }

    private static string Alphanumeric(string value) =>
        new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpper(CultureInfo.InvariantCulture);
}
