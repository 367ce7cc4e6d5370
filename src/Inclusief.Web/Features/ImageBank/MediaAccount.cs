namespace Inclusief.Web.Features.ImageBank;

public enum MediaAccountStatus
{
    Requested,
    Approved,
    Refused,
}

/// <summary>A journalist's or medium's request to download photos; a coordinator approves it. One per account.</summary>
public class MediaAccount
{
    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    public string Outlet { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public MediaAccountStatus Status { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public static MediaAccount Request(string userId, string outlet, string purpose, DateTime now) =>
        new() { UserId = userId, Outlet = outlet.Trim(), Purpose = purpose.Trim(), Status = MediaAccountStatus.Requested, RequestedAt = now };

    public void Decide(bool approve, DateTime now)
    {
        Status = approve ? MediaAccountStatus.Approved : MediaAccountStatus.Refused;
        DecidedAt = now;
    }
}
