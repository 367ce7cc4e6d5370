namespace Inclusief.Web.Features.Complaints;

/// <summary>What waits for a caseworker: one rule each for the queue's marks, its filters and the counts, all run by the database.</summary>
public static class CaseworkerInbox
{
    /// <summary>Open cases whose thread ends with a message from the reporter that no caseworker has answered yet (internal notes are no answer).</summary>
    /// <remarks>The filter of the index IX_Complaint_OpenAwaitingReply (<see cref="ComplaintConfiguration"/>) repeats this condition in SQL: change both.</remarks>
    public static IQueryable<Complaint> WithNewMessage(this IQueryable<Complaint> cases) =>
        cases.Where(c => c.Status != ComplaintStatus.Closed && c.AwaitsReply);

    /// <summary>Open cases whose reporter asked for something and has had no first response by its due moment (<see cref="Complaint.IsOverdue"/>).</summary>
    /// <remarks>The filter of the index IX_Complaint_OpenAwaitingFirstResponse (<see cref="ComplaintConfiguration"/>) repeats this condition in SQL: change both.</remarks>
    public static IQueryable<Complaint> Overdue(this IQueryable<Complaint> cases, DateTime now, int workingDays)
    {
        var lastOverdueDay = Complaint.LastOverdueArrivalDay(now, workingDays);
        return cases.Where(c => c.Status != ComplaintStatus.Closed && c.FirstResponseAt == null && c.Wish != ReporterWish.OnlyCounted && c.ReceivedOn <= lastOverdueDay);
    }

    /// <summary>Urgent first, then high, then normal, oldest first within each: the order of the index IX_Complaint_OpenQueue.</summary>
    public static IQueryable<Complaint> InQueueOrder(this IQueryable<Complaint> cases) =>
        cases.OrderByDescending(c => c.PriorityRank).ThenBy(c => c.ReceivedOn).ThenBy(c => c.ArrivalNumber);
}
