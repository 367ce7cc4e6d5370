using Inclusief.Data;

namespace Inclusief.Web.Infrastructure.Privacy;

/// <summary>
/// What one feature holds about a person: every feature that stores personal data registers one, so that
/// "Mijn gegevens" can hand over everything (GDPR art. 15 and 20) and erase everything (art. 17).
/// </summary>
public interface IPersonalData
{
    /// <summary>The name of this part of the export.</summary>
    string Section { get; }

    Task<object?> ExportAsync(AppUser user);

    /// <summary>Removes or anonymises this feature's data about the person; the caller saves.</summary>
    Task EraseAsync(AppUser user);
}
