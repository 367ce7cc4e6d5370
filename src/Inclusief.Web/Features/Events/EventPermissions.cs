using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Inclusief.Web.Features.Events;

public static class EventPermissions
{
    /// <summary>Coordinators (with a two-factor sign-in) create events, see registrations and check people in.</summary>
    public const string Organise = "Events.Organise";

    /// <summary>On a <see cref="RegistrationOnLink"/>: choosing other sessions.</summary>
    public static readonly OperationAuthorizationRequirement ChangeSessions = new() { Name = nameof(ChangeSessions) };

    /// <summary>On a <see cref="RegistrationOnLink"/>: cancelling, or leaving the waitlist.</summary>
    public static readonly OperationAuthorizationRequirement Cancel = new() { Name = nameof(Cancel) };

    /// <summary>On a <see cref="RegistrationOnLink"/>: saying how it was, after attending.</summary>
    public static readonly OperationAuthorizationRequirement GiveFeedback = new() { Name = nameof(GiveFeedback) };
}
