using System.Globalization;
using Inclusief.Web;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Inclusief.Tests.Infrastructure;

public sealed class MidSentenceTests
{
    [Theory]
    [InlineData("nl", "Wachtlijst", "wachtlijst")]
    [InlineData("en", "Wachtlijst", "waiting list")]
    [InlineData("en", "Te laat", "overdue")]
    [InlineData("en", "Nog {0} plaatsen", "3 places left")]
    public void A_text_inside_a_sentence_is_the_same_translation_with_a_small_first_letter(string culture, string key, string expected)
    {
        using var app = new Support.AppFactory();
        var localizer = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, localizer.Lowered(key, 3).Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
