using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>
/// What a page needs to show a photo responsively: the address of each stored width, alt text in the reader's
/// language (or the language it fell back to, <see cref="AltLang"/>, for the image's <c>lang</c>), the credit.
/// </summary>
public sealed record PhotoView(Guid Id, string Title, string Alt, string? AltLang, string Credit, string Src, string SrcSet, int Width, int Height)
{
    public static PhotoView Of(Photo photo, int preferredWidth = 960)
    {
        var widths = photo.WidthList;
        var src = widths.Where(w => w >= preferredWidth).DefaultIfEmpty(widths.Count == 0 ? preferredWidth : widths.Max()).Min();
        var alt = TranslatedText.In(Cultures.Current, photo.AltText, photo.AltTextTranslations);
        var altLang = Cultures.LangIfOther(TranslatedText.LanguageIn(Cultures.Current, photo.AltTextTranslations));
        return new PhotoView(photo.Id, photo.Title, alt, altLang, photo.Credit, Url(photo.Id, src), string.Join(", ", widths.Select(w => $"{Url(photo.Id, w)} {w}w")), photo.Width, photo.Height);
    }

    public static string Url(Guid id, int width) => $"/ImageBank/Image/{id}/{width}";
}
