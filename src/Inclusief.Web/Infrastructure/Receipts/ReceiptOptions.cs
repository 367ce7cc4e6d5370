namespace Inclusief.Web.Infrastructure.Receipts;

public sealed class ReceiptOptions
{
    /// <summary>PBKDF2-SHA256 iterations (OWASP 2023: 600,000); tests lower it to stay fast.</summary>
    public int Iterations { get; set; } = 600_000;

    /// <summary>A code nobody used for this long stops working (each use extends it).</summary>
    public TimeSpan ExpiresAfterUnused { get; set; } = TimeSpan.FromDays(180);
}
