namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>What every form and column that holds an address or a phone number agrees on.</summary>
public static class ContactDetails
{
    /// <summary>The longest address SMTP can carry (RFC 5321 with its errata).</summary>
    public const int EmailMaxLength = 254;

    /// <summary>A phone number as people type it, with spaces, dashes and a country code; E.164 itself has at most 15 digits.</summary>
    public const int PhoneMaxLength = 32;
}
