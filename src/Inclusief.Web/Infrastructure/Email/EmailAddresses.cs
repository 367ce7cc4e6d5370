namespace Inclusief.Web.Infrastructure.Email;

/// <summary>What every form and column that holds an e-mail address agrees on.</summary>
public static class EmailAddresses
{
    /// <summary>The longest address SMTP can carry (RFC 5321 with its errata).</summary>
    public const int MaxLength = 254;
}
