namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// The information a reporter sees right after submitting, per category and language: their rights, how to
/// escalate, where to get help. Markdown, maintained by coordinators.
/// </summary>
public class ComplaintGuidance
{
    public const int MaxLength = 8000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public ComplaintCategory Category { get; private set; }

    public string Culture { get; private set; } = "nl";

    public string Markdown { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public string? UpdatedById { get; private set; }

    public static ComplaintGuidance Write(ComplaintCategory category, string culture, string markdown, string? authorId, DateTime now) =>
        new() { Category = category, Culture = culture, Markdown = markdown.Trim(), UpdatedById = authorId, UpdatedAt = now };

    public void Rewrite(string markdown, string authorId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            throw new RuleException("Schrijf de informatie voor deze categorie.");
        }
        Markdown = markdown.Trim();
        UpdatedById = authorId;
        UpdatedAt = now;
    }
}
