using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class TenantSettingsConfiguration : IEntityTypeConfiguration<TenantSettingsRow>
{
    public void Configure(EntityTypeBuilder<TenantSettingsRow> builder)
    {
        builder.ToTable("tenant_settings");
        builder.HasKey(r => r.TenantId);
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.DefaultLocale).HasMaxLength(Lengths.Enum);
        builder.Property(r => r.TrainingDropPoints).HasPrecision(9, 2);
        builder.Property(r => r.OvertimeRisePercent).HasPrecision(9, 2);
        builder.Property(r => r.OvertimeMinimumHours).HasPrecision(9, 2);
        builder.Property(r => r.ComplaintRisePercent).HasPrecision(9, 2);
        builder.Property(r => r.GoalCompletionDropPoints).HasPrecision(9, 2);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
