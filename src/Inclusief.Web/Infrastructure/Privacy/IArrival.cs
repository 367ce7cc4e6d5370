namespace Inclusief.Web.Infrastructure.Privacy;

/// <summary>
/// An anonymous submission keeps the programme day it arrived and its place in that day's queue, never the
/// time: a time of day can be matched against a proxy log, a phone's history or someone's memory of who was
/// online. The form's one-time key makes the same form sent twice one submission.
/// </summary>
public interface IArrival
{
    Guid SubmissionKey { get; }

    DateOnly ReceivedOn { get; }

    /// <summary>1 for the day's first submission, 2 for the next…; a unique index with the day keeps it exact.</summary>
    int ArrivalNumber { get; }

    void Arrive(DateOnly day, int number);
}
