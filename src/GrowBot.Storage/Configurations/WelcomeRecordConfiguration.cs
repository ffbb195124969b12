using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class WelcomeRecordConfiguration : IEntityTypeConfiguration<WelcomeRecordRow>
{
    public void Configure(EntityTypeBuilder<WelcomeRecordRow> builder)
    {
        builder.ToTable("welcome_records");
        builder.HasKey(r => new { r.TenantId, r.ConversationId, r.MemberId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.ConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(r => r.MemberId).HasMaxLength(Lengths.ConversationId);
    }
}
