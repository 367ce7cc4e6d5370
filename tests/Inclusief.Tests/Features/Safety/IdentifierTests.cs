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
    public void The_masked_form_shows_only_the_last_digits()
    {
        Assert.Equal("06-****-5678", Identifier.Parse(IdentifierKind.Phone, "06 12345678")!.Masked);
        Assert.Equal("j***@example.org", Identifier.Parse(IdentifierKind.Email, "jan@example.org")!.Masked);
        Assert.Equal("**-***-3", Identifier.Parse(IdentifierKind.Plate, "12-ABC-3")!.Masked);
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
