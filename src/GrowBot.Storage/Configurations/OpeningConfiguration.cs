using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class OpeningConfiguration : IEntityTypeConfiguration<OpeningRow>
{
    public void Configure(EntityTypeBuilder<OpeningRow> builder)
    {
        builder.ToTable("internal_openings");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
    }
}
