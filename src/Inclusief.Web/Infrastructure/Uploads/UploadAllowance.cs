namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>What an account has uploaded on its latest upload day: the count behind the daily quota, nothing more.</summary>
public class UploadAllowance
{
    public string UserId { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public int Files { get; private set; }

    public long Bytes { get; private set; }
}
