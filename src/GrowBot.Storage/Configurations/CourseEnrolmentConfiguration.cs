using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class CourseEnrolmentConfiguration : IEntityTypeConfiguration<CourseEnrolmentRow>
{
    public void Configure(EntityTypeBuilder<CourseEnrolmentRow> builder)
    {
        builder.ToTable("course_enrolments");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.PersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.CourseId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.TenantId, r.PersonId });
    }
}
