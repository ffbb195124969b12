using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectRow>
{
    public void Configure(EntityTypeBuilder<ProjectRow> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(Lengths.Enum);
    }
}
