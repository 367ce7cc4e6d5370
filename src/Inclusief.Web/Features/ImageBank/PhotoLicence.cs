namespace Inclusief.Web.Features.ImageBank;

public enum PhotoLicence
{
    CcBy,
    CcByNc,
    CcByNcNd,
    ProgrammeOnly,
}

public static class PhotoLicences
{
    public static readonly IReadOnlyList<PhotoLicence> All = Enum.GetValues<PhotoLicence>();

    /// <summary>The Dutch name shown for a licence (translated like any other text).</summary>
    public static string Label(PhotoLicence licence) => licence switch
    {
        PhotoLicence.CcBy => "CC BY 4.0 (vrij te gebruiken met naamsvermelding)",
        PhotoLicence.CcByNc => "CC BY-NC 4.0 (niet-commercieel, met naamsvermelding)",
        PhotoLicence.CcByNcNd => "CC BY-NC-ND 4.0 (niet-commercieel, niet bewerken, met naamsvermelding)",
        _ => "Alle rechten voorbehouden (alleen met toestemming van het programma)",
    };
}
