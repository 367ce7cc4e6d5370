using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// A number that replied STOP, as a keyed hash: nothing is texted to it any more, whatever a form is given later, until
/// its holder adds it again with a code sent to it. Codes and the confirmation of a STOP still go: both are asked for.
/// </summary>
public class StoppedNumber
{
    public const string Scope = "stopped";

    public string NumberKey { get; private set; } = "";

    public DateTime StoppedAt { get; private set; }

    public static StoppedNumber Of(string numberKey, DateTime now) => new() { NumberKey = numberKey, StoppedAt = now };

    /// <summary>Whether a text for <paramref name="purpose"/> goes to a stopped number.</summary>
    public static bool StillSends(string purpose) => purpose is SmsPurpose.Code or SmsPurpose.StopConfirmation;
}

public sealed class StoppedNumberConfiguration : IEntityTypeConfiguration<StoppedNumber>
{
    public void Configure(EntityTypeBuilder<StoppedNumber> builder)
    {
        builder.HasKey(s => s.NumberKey);
        builder.Property(s => s.NumberKey).HasMaxLength(64);
    }
}
