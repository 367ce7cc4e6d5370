using System.Text.Json;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>
/// Figures as text, to keep them as they were on a day (an evaluation point holds the figures it was weighed on,
/// whatever changes afterwards), and read back into the same <see cref="Figure"/>s the monitoring draws.
/// A sentence keeps its values by kind: a count stays a count, so it is hidden for readers who may not see small ones.
/// </summary>
public static class FrozenFigures
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Write(IReadOnlyList<Figure> figures) => JsonSerializer.Serialize(figures.Select(Of).ToList(), Options);

    public static IReadOnlyList<Figure> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : [.. (JsonSerializer.Deserialize<List<Frozen>>(json, Options) ?? []).Select(f => f.Thaw())];

    private static Frozen Of(Figure f) => new(f.Key, f.Title, SentenceOf(f.Summary), f.RowHeader, [.. f.Series],
        [.. f.Rows.Select(r => new FrozenRow(r.Label.Text, r.Label.Translated, [.. r.Values], r.Bases is null ? null : [.. r.Bases]))],
        f.Unit, f.Stacked, f.Note, f.Summable);

    private static FrozenSentence SentenceOf(FigureSentence s) => new(s.Text, [.. s.Values.Select(ValueOf)], s.WhenSmall is null ? null : SentenceOf(s.WhenSmall));

    private static FrozenValue ValueOf(object value) => value switch
    {
        int count => new FrozenValue(Count: count),
        FigureLabel label => new FrozenValue(Label: label.Text, Translated: label.Translated),
        FigureRate rate => new FrozenValue(Part: rate.Part, Whole: rate.Whole),
        _ => throw new ArgumentException($"A figure's sentence holds counts, labels and rates, not {value.GetType().Name}."),
    };

    private sealed record Frozen(string Key, string Title, FrozenSentence Summary, string RowHeader, List<string> Series, List<FrozenRow> Rows,
        FigureUnit Unit, bool Stacked, string? Note, bool Summable)
    {
        public Figure Thaw() => new(Key, Title, Summary.Thaw(), RowHeader, Series,
            [.. Rows.Select(r => new FigureRow(new FigureLabel(r.Label, r.Translated), r.Values, r.Bases))], Unit, Stacked, Note, Summable);
    }

    private sealed record FrozenRow(string Label, bool Translated, List<double?> Values, List<int>? Bases);

    private sealed record FrozenSentence(string Text, List<FrozenValue> Values, FrozenSentence? WhenSmall)
    {
        public FigureSentence Thaw() => new(Text, [.. Values.Select(v => v.Thaw())]) { WhenSmall = WhenSmall?.Thaw() };
    }

    private sealed record FrozenValue(int? Count = null, string? Label = null, bool Translated = false, int? Part = null, int? Whole = null)
    {
        public object Thaw() => (Count, Label, Part, Whole) switch
        {
            ({ } count, _, _, _) => count,
            (_, { } label, _, _) => new FigureLabel(label, Translated),
            (_, _, { } part, { } whole) => new FigureRate(part, whole),
            _ => throw new JsonException("A frozen sentence value is a count, a label or a rate."),
        };
    }
}
