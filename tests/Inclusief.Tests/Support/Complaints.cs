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

    /// <summary>A complaint as the desk stores it, received on <paramref name="day"/> as its <paramref name="number"/>th: for figures built from known rows.</summary>
    public static Complaint Received(ComplaintCategory category, DateOnly day, int number = 1)
    {
        var complaint = Complaint.Submit(Guid.NewGuid(), new Complaint.Report(OrganisationKind.BankOrPaymentProvider, null, category, null, null, ReporterWish.IndividualSupport, "x", null, null, null),
            $"receipt-{Guid.NewGuid():N}", new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc), null, "nl");
        complaint.Arrive(day, number);
        return complaint;
    }
}
