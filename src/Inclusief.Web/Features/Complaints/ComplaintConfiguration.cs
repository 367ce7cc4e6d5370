using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Complaints;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    /// <summary>The same condition as the queries' <c>Status != Closed</c>, so both databases use the partial indexes.</summary>
    private const string OpenFilter = "\"Status\" <> 'Closed'";

    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ReceiptHash).HasMaxLength(64);
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.OrganisationKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Wish).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.MunicipalityCode).HasMaxLength(8);
        builder.Property(c => c.AssignedToId).HasMaxLength(64);
        builder.Property(c => c.Tags).HasMaxLength(500);
        builder.HasIndex(c => c.SubmissionKey).IsUnique();
        builder.HasIndex(c => c.ReceiptHash);
        builder.HasIndex(c => new { c.ReceivedOn, c.ArrivalNumber }).IsUnique();
        // The queue at any size: the open cases in queue order (most are closed, so a partial index), each status in
        // the same order for its filter, the open cases awaiting a reply (counted on every caseworker's page) and those
        // awaiting a first response (the overdue count): each filter is the query's own condition, word for word.
        builder.HasIndex(c => new { c.PriorityRank, c.ReceivedOn, c.ArrivalNumber }, "IX_Complaint_OpenQueue")
            .IsDescending(true, false, false).HasFilter(OpenFilter);
        builder.HasIndex(c => new { c.Status, c.PriorityRank, c.ReceivedOn, c.ArrivalNumber }).IsDescending(false, true, false, false);
        builder.HasIndex(c => c.AwaitsReply, "IX_Complaint_OpenAwaitingReply").HasFilter(OpenFilter + " AND \"AwaitsReply\"");
        builder.HasIndex(c => c.ReceivedOn, "IX_Complaint_OpenAwaitingFirstResponse")
            .HasFilter(OpenFilter + " AND \"FirstResponseAt\" IS NULL AND \"Wish\" <> 'OnlyCounted'");
        builder.HasIndex(c => c.UserId);
        builder.Property(c => c.SmsKey).HasMaxLength(64);
        builder.HasIndex(c => c.SmsKey);
        builder.HasIndex(c => c.AssignedToId);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
