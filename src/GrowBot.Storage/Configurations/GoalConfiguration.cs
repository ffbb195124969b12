using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<GoalRow>
{
    public void Configure(EntityTypeBuilder<GoalRow> builder)
    {
        builder.ToTable("goals");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.ParentId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.OwnerPersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Target).HasPrecision(18, 4);
        builder.Property(r => r.Progress).HasPrecision(18, 4);
        builder.Property(r => r.ContributionPercent).HasPrecision(9, 2);
        builder.Property(r => r.Weight).HasPrecision(9, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.OwnerPersonId });
        builder.HasIndex(r => new { r.TenantId, r.ParentId });
    }
}
