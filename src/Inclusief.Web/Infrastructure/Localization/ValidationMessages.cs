using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// The one wording of each kind of validation error. An attribute without its own message gets the one
/// below; the data-annotation localizer then looks it up in <see cref="SharedResource"/>, so a form only
/// writes a message when it says something particular to its field ("Kies waar je klacht over gaat.").
/// </summary>
public sealed class ValidationMessages : IValidationMetadataProvider
{
    public const string Required = "Vul {0} in.";
    public const string TooLong = "{0} mag hoogstens {1} tekens lang zijn.";
    public const string LengthBetween = "{0} moet tussen {2} en {1} tekens lang zijn.";
    public const string TooShort = "{0} moet minstens {1} tekens lang zijn.";
    public const string Between = "{0} moet tussen {1} en {2} liggen.";
    public const string Email = "Dit is geen geldig e-mailadres.";
    public const string Phone = "Dit is geen geldig telefoonnummer.";
    public const string WebAddress = "Vul een volledig webadres in, beginnend met https://.";
    public const string NotEqual = "{0} en {1} zijn niet gelijk.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (!HasOwnMessage(attribute) && DefaultFor(attribute) is { } message)
            {
                attribute.ErrorMessage = message;
            }
        }
    }

    /// <summary>Whether the form wrote a message; the e-mail, phone and web-address attributes report their English default as their own.</summary>
    public static bool HasOwnMessage(ValidationAttribute attribute) => attribute.ErrorMessageResourceName is not null || attribute.ErrorMessage switch
    {
        null => false,
        var m => m != attribute switch
        {
            EmailAddressAttribute => FrameworkDefaults.Email,
            PhoneAttribute => FrameworkDefaults.Phone,
            UrlAttribute => FrameworkDefaults.Url,
            _ => null,
        },
    };

    private static class FrameworkDefaults
    {
        public static readonly string? Email = new EmailAddressAttribute().ErrorMessage;
        public static readonly string? Phone = new PhoneAttribute().ErrorMessage;
        public static readonly string? Url = new UrlAttribute().ErrorMessage;
    }

    /// <summary>
    /// The message of an input's own check (<see cref="IValidatableObject"/>), translated as the attributes' messages
    /// are: the Dutch text with its placeholders is the key, a limit is an argument.
    /// </summary>
    public static string Localized(ValidationContext context, string template, params object[] arguments) =>
        context.GetService(typeof(IStringLocalizer<SharedResource>)) is IStringLocalizer texts
            ? Pages.KeptText.Translate(texts, template, arguments)
            : string.Format(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), template, arguments);

    public static string? DefaultFor(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => Required,
        StringLengthAttribute { MinimumLength: > 0 } => LengthBetween,
        StringLengthAttribute or MaxLengthAttribute => TooLong,
        MinLengthAttribute => TooShort,
        RangeAttribute => Between,
        EmailAddressAttribute => Email,
        PhoneAttribute => Phone,
        UrlAttribute => WebAddress,
        CompareAttribute => NotEqual,
        _ => null,
    };
}
