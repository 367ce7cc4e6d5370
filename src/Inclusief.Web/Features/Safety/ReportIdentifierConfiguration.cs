using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class ReportIdentifierConfiguration : IEntityTypeConfiguration<ReportIdentifier>
{
    public void Configure(EntityTypeBuilder<ReportIdentifier> builder) => StoredIdentifier.Configure(builder);
}
