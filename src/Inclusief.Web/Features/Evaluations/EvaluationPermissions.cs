using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Evaluations;

public static class EvaluationPermissions
{
    /// <summary>Coordinators (two-factor sign-in) open, write, decide and publish evaluation points, and read every number in them.</summary>
    public const string Coordinate = "Evaluations.Coordinate";

    /// <summary>Reading the document: coordinators always, partners' contacts once invited, everyone once published.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Adding an organisation's view: a partner's contact, once partners are invited and until the decision.</summary>
    public static readonly OperationAuthorizationRequirement GiveView = new() { Name = nameof(GiveView) };
}
