using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<FeedbackRow>
{
    public void Configure(EntityTypeBuilder<FeedbackRow> builder)
    {
        builder.ToTable("feedback_items");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.PersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.HasIndex(r => new { r.TenantId, r.PersonId, r.Date });
    }
}
