using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// The first version of the information pages, written once at first start in every language the site
/// offers; coordinators rewrite them per language from then on. General, checked public information —
/// no legal advice. The texts live in <c>Guidance/{language}.json</c>: one text per category and the
/// "Help" paragraph that closes every page.
/// </summary>
public static class GuidanceDefaults
{
    public static IReadOnlyDictionary<ComplaintCategory, string> For(string culture)
    {
        using var stream = typeof(GuidanceDefaults).Assembly.GetManifestResourceStream($"Guidance.{culture}.json");
        if (stream is null)
        {
            return new Dictionary<ComplaintCategory, string>();
        }
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
        var help = texts.GetValueOrDefault("Help", "");
        return texts.Where(t => t.Key != "Help")
            .ToDictionary(t => Enum.Parse<ComplaintCategory>(t.Key), t => t.Value.Trim() + "\n\n" + help.Trim());
    }

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var present = (await db.Set<ComplaintGuidance>().Select(g => new { g.Category, g.Culture }).ToListAsync()).Select(g => (g.Category, g.Culture)).ToHashSet();
        foreach (var language in Cultures.Enabled)
        {
            foreach (var (category, markdown) in For(language.Code))
            {
                if (!present.Contains((category, language.Code)))
                {
                    db.Add(ComplaintGuidance.Write(category, language.Code, markdown, null, now));
                }
            }
        }
        await db.SaveChangesAsync();
    }
}
