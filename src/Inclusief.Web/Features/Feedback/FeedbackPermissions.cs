using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Feedback;

public static class FeedbackPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) open rounds, read all answers and publish the response.</summary>
    public const string Organise = "Feedback.Organise";

    /// <summary>Answering a round: the members it was opened for.</summary>
    public static readonly OperationAuthorizationRequirement Respond = new() { Name = nameof(Respond) };

    /// <summary>Opening a round's page: whoever may answer it, and organisers.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
}
