namespace Inclusief.Web.Features.Participation;

/// <summary>What a member of the expert group offers.</summary>
[Flags]
public enum ExpertOffer
{
    None = 0,
    Presentation = 1,
    Essay = 2,
    Advice = 4,
}

public static class ExpertOffers
{
    public static readonly IReadOnlyList<ExpertOffer> All = [ExpertOffer.Presentation, ExpertOffer.Essay, ExpertOffer.Advice];

    public static string Label(ExpertOffer offer) => offer switch
    {
        ExpertOffer.Presentation => "Een presentatie op een bijeenkomst of symposium",
        ExpertOffer.Essay => "Een essay",
        _ => "Advies",
    };
}
