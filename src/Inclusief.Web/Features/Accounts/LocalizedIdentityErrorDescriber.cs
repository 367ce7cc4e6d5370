using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Accounts;

/// <summary>Identity's validation messages in the visitor's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["Deze gebruikersnaam is al in gebruik. Kies een andere."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["Dit e-mailadres kan niet worden gebruikt. Kies een ander."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Een gebruikersnaam mag alleen letters, cijfers en - . _ @ + bevatten."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Dit is geen geldig e-mailadres."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Het wachtwoord moet minstens {0} tekens lang zijn.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["Het wachtwoord moet minstens {0} verschillende tekens bevatten.", uniqueChars]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["Het wachtwoord klopt niet."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["Deze link of code is ongeldig of verlopen."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Iemand anders heeft dit tegelijk gewijzigd. Probeer het opnieuw."]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Er ging iets mis. Probeer het opnieuw."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
