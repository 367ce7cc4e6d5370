using Inclusief.Web.Features.Safety;

namespace Inclusief.Tests.Features.Safety;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("06 1234 5678")]
    [InlineData("(06) 123 456 78")]
    [InlineData("+31 6 12345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData("0031612345678")]
    [InlineData("0031 6 1234 5678")]
    [InlineData("612345678")]
    public void Dutch_mobile_numbers_in_any_national_format_become_the_same_E164_number(string typed) =>
        Assert.Equal("+31612345678", Identifier.Parse(IdentifierKind.Phone, typed)?.Canonical);

    [Theory]
    [InlineData("12345")]
    [InlineData("06-1234-abcd")]
    [InlineData("bel me")]
    [InlineData("")]
    [InlineData("+1")]
    public void Malformed_phone_numbers_are_refused(string typed) => Assert.Null(Identifier.Parse(IdentifierKind.Phone, typed));

    [Fact]
    public void Plates_emails_and_handles_ignore_case_spaces_and_punctuation()
    {
        Assert.Equal(Identifier.Parse(IdentifierKind.Plate, "12-abc-3"), Identifier.Parse(IdentifierKind.Plate, " 12 ABC 3 "));
        Assert.Equal(Identifier.Parse(IdentifierKind.Email, "Jan@Example.ORG"), Identifier.Parse(IdentifierKind.Email, " jan@example.org"));
        Assert.Equal(Identifier.Parse(IdentifierKind.Handle, "@Jan_99"), Identifier.Parse(IdentifierKind.Handle, "jan99"));
        Assert.Null(Identifier.Parse(IdentifierKind.Email, "geen-adres"));
    }

    [Fact]
    public void The_masked_form_shows_at_most_the_last_two_digits_and_nothing_that_narrows_the_search()
    {
        Assert.Equal("06-******78", Identifier.Parse(IdentifierKind.Phone, "06 12345678")!.Masked);
        Assert.Equal("+***56", Identifier.Parse(IdentifierKind.Phone, "+44 7911 123456")!.Masked);
        Assert.Equal("***@***.org", Identifier.Parse(IdentifierKind.Email, "jan@kleine-firma.example.org")!.Masked);
        Assert.Equal("**-***-3", Identifier.Parse(IdentifierKind.Plate, "12-ABC-3")!.Masked);
    }

    [Theory]
    [InlineData("+44 7911 123456", "+447911123456")]
    [InlineData("0044 7911 123456", "+447911123456")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("070 123 4567", "+31701234567")]
    [InlineData("+49 (0)30 1234567", "+49301234567")]
    public void Numbers_in_international_and_other_national_formats_are_normalised(string typed, string e164) =>
        Assert.Equal(e164, Identifier.Parse(IdentifierKind.Phone, typed)?.Canonical);

    [Fact]
    public void An_address_must_end_in_a_short_top_level_domain_so_its_masked_form_fits_and_says_nothing_more()
    {
        var longEnding = "a@b." + new string('x', 200);
        var hidden = "a@b.c0m";
        var fine = Identifier.Parse(IdentifierKind.Email, "Klant@Voorbeeld.Amsterdam");

        Assert.Null(Identifier.Parse(IdentifierKind.Email, longEnding));
        Assert.Null(Identifier.Parse(IdentifierKind.Email, hidden));
        Assert.Null(Identifier.Parse(IdentifierKind.Email, "a@.nl"));
        Assert.Equal("***@***.amsterdam", fine!.Masked);
    }

    [Fact]
    public void The_client_check_recognises_what_was_typed()
    {
        Assert.Equal(IdentifierKind.Phone, Identifier.Detect("+31 6 12345678")!.Kind);
        Assert.Equal(IdentifierKind.Email, Identifier.Detect("jan@example.org")!.Kind);
        Assert.Equal(IdentifierKind.Plate, Identifier.Detect("12-ABC-3")!.Kind);
        Assert.Equal(IdentifierKind.Handle, Identifier.Detect("@jan")!.Kind);
    }
}
