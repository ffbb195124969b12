using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class MetricPointConfiguration : IEntityTypeConfiguration<MetricPointRow>
{
    public void Configure(EntityTypeBuilder<MetricPointRow> builder)
    {
        builder.ToTable("metric_points");
        builder.HasKey(r => new { r.TenantId, r.PersonId, r.MetricCode, r.PeriodStart, r.Period });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.PersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.MetricCode).HasMaxLength(Lengths.Code);
        builder.Property(r => r.Period).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Source).HasMaxLength(Lengths.Code);
    }
}
