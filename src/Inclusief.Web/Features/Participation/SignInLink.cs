namespace Inclusief.Web.Features.Participation;

/// <summary>
/// A one-time sign-in link mailed to a participant, so they can follow their sign-up without a password.
/// Only a hash of its token is stored; it works once and for <see cref="Lifetime"/> (claimed by a conditional
/// update in <see cref="ParticipantSignIn"/>).
/// </summary>
public class SignInLink
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string TokenHash { get; private set; } = "";

    public string Email { get; private set; } = "";

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public static SignInLink Create(string tokenHash, string email, DateTime now) => new()
    {
        TokenHash = tokenHash,
        Email = email.Trim().ToLowerInvariant(),
        ExpiresAt = now + Lifetime,
    };
}
