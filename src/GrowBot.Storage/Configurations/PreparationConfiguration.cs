using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class PreparationConfiguration : IEntityTypeConfiguration<PreparationRow>
{
    public void Configure(EntityTypeBuilder<PreparationRow> builder)
    {
        builder.ToTable("preparations");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.HrbpId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.EmployeeId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Stage).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.TargetPercent).HasPrecision(9, 2);
        builder.Property(r => r.TargetRole).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.HrbpId, r.EmployeeId, r.IsOpen });
        builder.HasIndex(r => new { r.TenantId, r.HrbpId, r.UpdatedAt });
    }
}
