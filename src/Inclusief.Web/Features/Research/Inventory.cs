namespace Inclusief.Web.Features.Research;

/// <summary>The six questions of the inventory, in the order the form asks them: one list for the report, its CSV and anything else that shows the answers.</summary>
public static class Inventory
{
    public sealed record Question(string Label, Func<Contribution, string?> Answer);

    public static readonly IReadOnlyList<Question> Questions =
    [
        new("Huidige situatie", c => c.CurrentSituation),
        new("Gewenste situatie", c => c.DesiredSituation),
        new("Behoeften", c => c.Needs),
        new("Oplossingsrichtingen", c => c.SolutionDirections),
        new("Motivatie", c => c.Motivation),
        new("Wat deelnemers meebrengen", c => c.Assets),
    ];
}
