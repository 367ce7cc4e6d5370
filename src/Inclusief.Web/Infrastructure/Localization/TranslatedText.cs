using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// The one way a piece of content exists in several languages: the record keeps the text as written (in Dutch)
/// in its own column, and its translations as rows of (culture, text) in a table of their own. A language
/// added to the site needs no new column, only rows.
/// </summary>
public sealed class TranslatedText
{
    public string Culture { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The text in the reader's language, else English, else the original (<see cref="Cultures.FallbackChain"/>).</summary>
    public static string In(string culture, string original, IEnumerable<TranslatedText> translations)
    {
        var list = translations as IReadOnlyCollection<TranslatedText> ?? translations.ToList();
        foreach (var step in Cultures.FallbackChain(culture))
        {
            if (step == Cultures.Dutch)
            {
                return original;
            }
            if (list.FirstOrDefault(t => t.Culture == step) is { Text.Length: > 0 } found)
            {
                return found.Text;
            }
        }
        return original;
    }

    /// <summary>Which language <see cref="In"/> picks: for a <c>lang</c> attribute when it differs from the page's.</summary>
    public static string LanguageIn(string culture, IEnumerable<TranslatedText> translations) =>
        Cultures.FallbackChain(culture).First(step => step == Cultures.Dutch || translations.Any(t => t.Culture == step && t.Text.Length > 0));
}

public static class TranslatedTextConfiguration
{
    /// <summary>The translations of one field: table <paramref name="table"/>, keyed by the owner and the culture.</summary>
    public static void OwnsTranslations<TOwner>(this EntityTypeBuilder<TOwner> builder, Expression<Func<TOwner, IEnumerable<TranslatedText>?>> field, string table, int maxLength)
        where TOwner : class =>
        builder.OwnsMany<TranslatedText>(field, b =>
        {
            b.ToTable(table);
            b.WithOwner().HasForeignKey("OwnerId");
            b.HasKey("OwnerId", nameof(TranslatedText.Culture));
            b.Property(t => t.Culture).HasMaxLength(8);
            b.Property(t => t.Text).HasMaxLength(maxLength).IsRequired();
        });
}
