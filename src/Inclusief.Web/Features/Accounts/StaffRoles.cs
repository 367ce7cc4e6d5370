namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// Need-to-know staff roles. Holding one gives no access to another's data; every one requires a
/// two-factor sign-in before any of its pages opens.
/// </summary>
public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    public const string Caseworker = "Caseworker";
    public const string SafetyModerator = "SafetyModerator";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Caseworker, SafetyModerator];

    /// <summary>The Dutch name shown for a role (translated like any other text).</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Beheerder",
        Coordinator => "Coördinator",
        Caseworker => "Klachtbehandelaar",
        SafetyModerator => "Veiligheidsmoderator",
        _ => role,
    };
}
