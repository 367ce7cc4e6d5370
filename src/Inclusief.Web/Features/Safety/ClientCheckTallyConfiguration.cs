using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class ClientCheckTallyConfiguration : IEntityTypeConfiguration<ClientCheckTally>
{
    public void Configure(EntityTypeBuilder<ClientCheckTally> builder) => builder.HasKey(t => t.Day);
}
