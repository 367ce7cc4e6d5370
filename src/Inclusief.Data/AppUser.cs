using Microsoft.AspNetCore.Identity;

namespace Inclusief.Data;

/// <summary>
/// An account. A display name (a pseudonym is fine) is all a person needs; email is optional and
/// only used by features that send mail.
/// </summary>
public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 60;

    public string DisplayName { get; set; } = "";

    public string? PreferredCulture { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DeactivatedAt { get; set; }

    public bool IsDeactivated => DeactivatedAt is not null;
}
