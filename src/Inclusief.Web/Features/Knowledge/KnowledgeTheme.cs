namespace Inclusief.Web.Features.Knowledge;

/// <summary>A theme an item is filed under (bankzaken, huisvesting, ...); a row per theme so the filter can use an index.</summary>
public class KnowledgeTheme(string name)
{
    public const int NameMaxLength = 60;

    public int ItemId { get; private set; }

    public string Name { get; private set; } = name;
}
