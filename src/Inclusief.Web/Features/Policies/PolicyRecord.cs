using System.Text.Json;

namespace Inclusief.Web.Features.Policies;

/// <summary>
/// A municipality's sex-work policy as it stood from a date, on every <see cref="PolicyDimension"/>, with the
/// sources it rests on. A change is a new record, so the register keeps its history: who recorded what, when.
/// </summary>
public class PolicyRecord
{
    public const int NotesMaxLength = 4000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string MunicipalityCode { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    public string ValuesJson { get; private set; } = "{}";

    public string? Notes { get; private set; }

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public List<PolicySource> Sources { get; private set; } = [];

    public sealed record Source(string Title, string? Url, DateOnly? PublishedOn);

    public static PolicyRecord Record(string municipalityCode, DateOnly validFrom, IReadOnlyDictionary<string, IReadOnlyList<string>> values, string? notes,
        IReadOnlyList<Source> sources, string createdById, DateTime now)
    {
        var given = sources.Where(s => !string.IsNullOrWhiteSpace(s.Title)).ToList();
        if (given.Count == 0)
        {
            throw new RuleException("Noem minstens één bron: een document of webpagina, met datum als die bekend is.");
        }
        if (given.Any(s => s.Url is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http")))
        {
            throw new RuleException("Een bronlink moet een volledig webadres zijn (https://…).");
        }
        var clean = new Dictionary<string, string[]>();
        foreach (var dimension in PolicyDimension.All)
        {
            var chosen = values.TryGetValue(dimension.Code, out var v) ? v.Where(x => !string.IsNullOrEmpty(x)).Distinct().ToArray() : [];
            if (chosen.Any(x => x != PolicyDimension.Unknown && dimension.Options.All(o => o.Value != x)) || (!dimension.Multiple && chosen.Length > 1))
            {
                throw new RuleException("Een gekozen waarde hoort niet bij dit onderdeel. Kies opnieuw.");
            }
            clean[dimension.Code] = chosen.Length == 0 || chosen.Contains(PolicyDimension.Unknown) ? [PolicyDimension.Unknown] : chosen;
        }
        var record = new PolicyRecord
        {
            MunicipalityCode = municipalityCode,
            ValidFrom = validFrom,
            ValuesJson = JsonSerializer.Serialize(clean),
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            CreatedById = createdById,
            CreatedAt = now,
        };
        record.Sources.AddRange(given.Select(s => PolicySource.Create(record.Id, s.Title.Trim(), string.IsNullOrWhiteSpace(s.Url) ? null : s.Url.Trim(), s.PublishedOn)));
        return record;
    }

    public IReadOnlyDictionary<string, string[]> Values =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(ValuesJson) ?? [];

    public IReadOnlyList<string> ValueOf(string dimension) => Values.TryGetValue(dimension, out var v) ? v : [PolicyDimension.Unknown];
}

public class PolicySource
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid RecordId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Url { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public static PolicySource Create(Guid recordId, string title, string? url, DateOnly? publishedOn) => new() { RecordId = recordId, Title = title, Url = url, PublishedOn = publishedOn };
}

/// <summary>An observed effect of a policy: an indicator, its value over a period, and where it comes from.</summary>
public class PolicyEffect
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string MunicipalityCode { get; private set; } = "";

    public string Indicator { get; private set; } = "";

    public string Value { get; private set; } = "";

    public string Period { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string CreatedById { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static PolicyEffect Record(string municipalityCode, string indicator, string value, string period, string source, string createdById, DateTime now)
    {
        if (new[] { indicator, value, period, source }.Any(string.IsNullOrWhiteSpace))
        {
            throw new RuleException("Vul indicator, waarde, periode en bron in.");
        }
        return new PolicyEffect
        {
            MunicipalityCode = municipalityCode, Indicator = indicator.Trim(), Value = value.Trim(), Period = period.Trim(), Source = source.Trim(),
            CreatedById = createdById, CreatedAt = now,
        };
    }
}
