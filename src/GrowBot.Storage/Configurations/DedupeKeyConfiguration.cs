using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class DedupeKeyConfiguration : IEntityTypeConfiguration<DedupeKeyRow>
{
    public void Configure(EntityTypeBuilder<DedupeKeyRow> builder)
    {
        builder.ToTable("inbound_dedupe_keys");
        builder.HasKey(r => new { r.TenantId, r.ConversationId, r.ActivityId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.ConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(r => r.ActivityId).HasMaxLength(Lengths.ConversationId);
        builder.HasIndex(r => r.CreatedAt);
    }
}
