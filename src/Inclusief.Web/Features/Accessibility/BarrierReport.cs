using Inclusief.Web.Infrastructure.Privacy;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>
/// Someone could not use a page: what went wrong, where, and (only if they want an answer) an address to
/// answer. Kept without an account and without the time of day, like every other anonymous arrival.
/// </summary>
public sealed class BarrierReport : IArrival
{
    public const string CipherPurpose = "Accessibility.BarrierReport";
    public const int DescriptionMaxLength = 4000;
    public const int PageMaxLength = 300;
    public const int AnswerMaxLength = 4000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid SubmissionKey { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public int ArrivalNumber { get; private set; }

    /// <summary>The page where it happened, as the reporter wrote it (encrypted with the description).</summary>
    public string? EncryptedPage { get; private set; }

    /// <summary>Emptied by retention once the answer is old.</summary>
    public string? EncryptedDescription { get; private set; }

    /// <summary>Only when the reporter wants an answer by mail.</summary>
    public string? EncryptedEmail { get; private set; }

    /// <summary>The reporter's language, kept only with an address (to answer in it): with the day it would narrow down who wrote.</summary>
    public string? Culture { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public string? AnsweredById { get; private set; }

    public void Arrive(DateOnly day, int number) => (ReceivedOn, ArrivalNumber) = (day, number);

    public static BarrierReport Receive(Guid submissionKey, string? encryptedPage, string encryptedDescription, string? encryptedEmail, string culture) =>
        new() { SubmissionKey = submissionKey, EncryptedPage = encryptedPage, EncryptedDescription = encryptedDescription, EncryptedEmail = encryptedEmail, Culture = encryptedEmail is null ? null : culture };
}
