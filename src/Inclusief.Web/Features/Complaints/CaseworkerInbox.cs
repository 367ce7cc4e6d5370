namespace Inclusief.Web.Features.Complaints;

/// <summary>What waits for a caseworker: one rule for the queue's mark, its filter and the count in the menu.</summary>
public static class CaseworkerInbox
{
    /// <summary>Open cases whose thread ends with a message from the reporter that no caseworker has answered yet (internal notes are no answer).</summary>
    public static IQueryable<Complaint> WithNewMessage(this IQueryable<Complaint> cases) =>
        cases.Where(c => c.Status != ComplaintStatus.Closed
            && c.Messages.Where(m => !m.IsInternal).OrderByDescending(m => m.Number).Select(m => m.FromReporter).FirstOrDefault());
}
