namespace Inclusief.Web.Features.Research;

/// <summary>One participant's input to the inventory: the current and desired situation, needs, solution directions, motivation and assets.</summary>
public class Contribution
{
    public const int FieldMaxLength = 2000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TrajectoryId { get; private set; }

    public StakeholderGroup Group { get; private set; }

    /// <summary>A name or pseudonym; empty for anonymous input. Never in the exported inventory.</summary>
    public string? Pseudonym { get; private set; }

    public string? CurrentSituation { get; private set; }

    public string? DesiredSituation { get; private set; }

    public string? Needs { get; private set; }

    public string? SolutionDirections { get; private set; }

    public string? Motivation { get; private set; }

    public string? Assets { get; private set; }

    /// <summary>Themes the team tagged this with, separated by '|'.</summary>
    public string Themes { get; private set; } = "";

    public bool ViaLink { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public sealed record Input(StakeholderGroup Group, string? Pseudonym, string? CurrentSituation, string? DesiredSituation, string? Needs, string? SolutionDirections, string? Motivation, string? Assets);

    public static Contribution Record(Trajectory trajectory, Input input, bool viaLink, DateTime now)
    {
        if (viaLink && !trajectory.AcceptsInventory)
        {
            throw new RuleException("De inventarisatie is gesloten; bijdragen via deze link kan niet meer.");
        }
        var texts = new[] { input.CurrentSituation, input.DesiredSituation, input.Needs, input.SolutionDirections, input.Motivation, input.Assets };
        if (texts.All(string.IsNullOrWhiteSpace))
        {
            throw new RuleException("Vul minstens één vraag in.");
        }
        if (texts.Any(t => t?.Length > FieldMaxLength))
        {
            throw RuleException.TooLong("Elk antwoord", FieldMaxLength);
        }
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return new Contribution
        {
            TrajectoryId = trajectory.Id, Group = input.Group, Pseudonym = Clean(input.Pseudonym),
            CurrentSituation = Clean(input.CurrentSituation), DesiredSituation = Clean(input.DesiredSituation), Needs = Clean(input.Needs),
            SolutionDirections = Clean(input.SolutionDirections), Motivation = Clean(input.Motivation), Assets = Clean(input.Assets),
            ViaLink = viaLink, CreatedAt = now,
        };
    }

    public IReadOnlyList<string> ThemeList => Themes.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public void Tag(IEnumerable<string> themes) =>
        Themes = string.Join('|', themes.Select(t => t.Trim()).Where(t => t.Length is > 0 and <= 80).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>Merging two themes: every mention of <paramref name="from"/> becomes <paramref name="into"/>.</summary>
    public void RenameTheme(string from, string into) =>
        Tag(ThemeList.Select(t => string.Equals(t, from, StringComparison.OrdinalIgnoreCase) ? into : t));
}
