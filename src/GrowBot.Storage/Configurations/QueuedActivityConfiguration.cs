using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class QueuedActivityConfiguration : IEntityTypeConfiguration<QueuedActivityRow>
{
    public void Configure(EntityTypeBuilder<QueuedActivityRow> builder)
    {
        builder.ToTable("inbound_queue");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.ConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(r => r.ActivityId).HasMaxLength(Lengths.ConversationId);

        // The queue contract addresses rows by id alone, so the id is unique across tenants too.
        builder.HasIndex(r => r.Id).IsUnique();
        builder.HasIndex(r => r.ReceivedAt);
    }
}
