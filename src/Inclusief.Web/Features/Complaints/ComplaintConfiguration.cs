using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Complaints;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
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
        builder.HasIndex(c => c.Status);
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => c.AssignedToId);
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
