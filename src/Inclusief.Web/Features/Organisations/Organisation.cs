namespace Inclusief.Web.Features.Organisations;

/// <summary>
/// An organisation taking part. Visitors may propose one when they sign up on its behalf; a coordinator
/// approves it before it appears in pickers. It is listed publicly only with its consent.
/// </summary>
public class Organisation
{
    public const int NameMaxLength = 200;

    /// <summary>How consents and audit entries name an organisation.</summary>
    public const string SubjectType = "organisation";

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Name { get; private set; } = "";

    public OrganisationType Type { get; private set; }

    public string? MunicipalityCode { get; private set; }

    public string? Website { get; private set; }

    public bool IsApproved { get; private set; }

    public bool ListedPublicly { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<OrganisationContact> Contacts { get; private set; } = [];

    public Partnership? Partnership { get; private set; }

    public static Organisation Propose(string name, OrganisationType type, string? municipalityCode, DateTime now) => new()
    {
        Name = name.Trim(),
        Type = type,
        MunicipalityCode = municipalityCode,
        CreatedAt = now,
    };

    public static Organisation Register(string name, OrganisationType type, string? municipalityCode, string? website, DateTime now)
    {
        var organisation = Propose(name, type, municipalityCode, now);
        organisation.Website = website;
        organisation.IsApproved = true;
        return organisation;
    }

    public void Update(string name, OrganisationType type, string? municipalityCode, string? website)
    {
        Name = name.Trim();
        Type = type;
        MunicipalityCode = municipalityCode;
        Website = website;
    }

    public void Approve() => IsApproved = true;

    /// <summary>Only an approved organisation that gave its consent (recorded separately) is listed.</summary>
    public void SetPublicListing(bool listed)
    {
        if (listed && !IsApproved)
        {
            throw new InvalidOperationException("Approve the organisation before listing it publicly.");
        }
        ListedPublicly = listed;
    }

    public Partnership MakePartner(DateOnly startsOn)
    {
        Partnership ??= new Partnership { OrganisationId = Id, StartsOn = startsOn };
        return Partnership;
    }
}
