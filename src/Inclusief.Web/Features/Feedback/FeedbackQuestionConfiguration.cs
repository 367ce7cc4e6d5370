using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Feedback;

public sealed class FeedbackQuestionConfiguration : IEntityTypeConfiguration<FeedbackQuestion>
{
    public void Configure(EntityTypeBuilder<FeedbackQuestion> builder)
    {
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.Text).HasMaxLength(FeedbackQuestion.TextMaxLength).IsRequired();
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Options).HasMaxLength(FeedbackQuestion.OptionsMaxLength);
    }
}
