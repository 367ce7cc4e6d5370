using Inclusief.Web.Features.Complaints;

namespace Inclusief.Tests.Support;

/// <summary>A complaint filed through the desk's own form (its submission key comes with the rendered form).</summary>
public static class Complaints
{
    /// <summary>Files a bank-account complaint; the answer is the receipt page.</summary>
    public static Task<HttpResponseMessage> SubmitComplaintAsync(this HttpClient browser, string narrative) =>
        browser.SubmitAsync("/Complaints", new Dictionary<string, string>
        {
            ["Input.Narrative"] = narrative, ["Input.Category"] = nameof(ComplaintCategory.BankAccount),
            ["Input.OrganisationKind"] = nameof(OrganisationKind.BankOrPaymentProvider), ["Input.OrganisationName"] = "Voorbeeldbank NV",
            ["Input.Wish"] = nameof(ReporterWish.IndividualSupport), ["Input.Email"] = "",
        });
}
