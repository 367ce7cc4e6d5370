namespace Inclusief.Web.Features.Organisations;

/// <summary>
/// A partner organisation's commitment to the whole programme: the partnership agreement
/// (samenwerkingscontract) and the declaration of intent (intentieverklaring).
/// </summary>
public class Partnership
{
    public Guid OrganisationId { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>What the organisation commits: staff time, facilities, expertise.</summary>
    public string? Commitment { get; set; }

    public DateOnly? DeclarationSignedOn { get; set; }

    public string? DeclarationSignatories { get; set; }

    public bool IsCurrent(DateOnly today) => StartsOn <= today && (EndsOn is null || EndsOn >= today);
}
