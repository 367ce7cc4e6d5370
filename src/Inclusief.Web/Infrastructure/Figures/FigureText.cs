using System.Globalization;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>How a reader sees a figure: its words in their language, and its small counts hidden unless they may see them.</summary>
public sealed class FigureText(IStringLocalizer text, bool suppressSmall)
{
    public bool SuppressSmall => suppressSmall;

    public string this[string dutch] => text[dutch];

    public string Label(FigureLabel label) => label.Translated ? text[label.Text] : label.Text;

    public string Sentence(FigureSentence sentence) =>
        suppressSmall && sentence.WhenSmall is { } small && (sentence.Values.Length == 0 || sentence.Values.OfType<int>().Any(v => v < SmallCells.Smallest))
            ? Sentence(small)
            : text[sentence.Text, [.. sentence.Values.Select(Value)]];

    private object Value(object value) => value switch
    {
        int count when suppressSmall && count < SmallCells.Smallest => SmallCells.Hidden,
        int count => count.ToString("#,0", CultureInfo.CurrentCulture),
        FigureLabel label => Label(label),
        FigureRate { Whole: 0 } => "–",
        FigureRate rate when suppressSmall && (rate.Part < SmallCells.Smallest || rate.Whole < SmallCells.Smallest) => "–",
        FigureRate rate => (100.0 * rate.Part / rate.Whole).ToString("0", CultureInfo.CurrentCulture) + " %",
        _ => value,
    };
}
