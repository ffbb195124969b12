using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItemRow>
{
    public void Configure(EntityTypeBuilder<ActionItemRow> builder)
    {
        builder.ToTable("action_items");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.PreparationId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.HrbpId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.EmployeeId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.OwnerPersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Title).HasMaxLength(400);
        builder.Property(r => r.Cadence).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Status).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.LinkedResource).HasMaxLength(200);
        builder.Property(r => r.MetricCode).HasMaxLength(Lengths.Code);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.EmployeeId });
        builder.HasIndex(r => new { r.TenantId, r.HrbpId, r.Status });
    }
}
