using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<CourseRow>
{
    public void Configure(EntityTypeBuilder<CourseRow> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Language).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Hours).HasPrecision(9, 2);
    }
}
