namespace Inclusief.Web.Features.Complaints;

public sealed class ComplaintOptions
{
    /// <summary>Working days within which a reporter who asked for something gets a first response.</summary>
    public int FirstResponseWorkingDays { get; set; } = 3;

    /// <summary>How long a closed case keeps its narrative and messages.</summary>
    public TimeSpan KeepClosedFor { get; set; } = TimeSpan.FromDays(365);
}
