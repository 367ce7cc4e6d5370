using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class WarningIdentifierConfiguration : IEntityTypeConfiguration<WarningIdentifier>
{
    public void Configure(EntityTypeBuilder<WarningIdentifier> builder) => StoredIdentifier.Configure(builder);
}
