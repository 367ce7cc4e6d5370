namespace Inclusief.Web.Features.Events;

/// <summary>A registration opened through its personal link: holding the link is what makes it yours (<see cref="RegistrationLink"/>).</summary>
public sealed record RegistrationOnLink(EventRegistration Registration, Event Event);
