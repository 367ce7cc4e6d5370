using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Students;

public static class StudentPermissions
{
    /// <summary>Coordinators (two-factor sign-in) see every assignment and offer one for anything.</summary>
    public const string Coordinate = "Students.Coordinate";

    /// <summary>Deciding on applications, completing or cancelling an assignment: a coordinator, or the lead of the sub-project that offers it.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };
}
