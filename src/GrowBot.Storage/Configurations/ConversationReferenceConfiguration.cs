using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReferenceRow>
{
    public void Configure(EntityTypeBuilder<ConversationReferenceRow> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(r => new { r.TenantId, r.UserId, r.ConversationId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.UserId).HasMaxLength(Lengths.ConversationId);
        builder.Property(r => r.ConversationId).HasMaxLength(Lengths.ConversationId);
        builder.Property(r => r.AadObjectId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.ConversationType).HasMaxLength(Lengths.Enum);
        builder.HasIndex(r => new { r.TenantId, r.AadObjectId });
        builder.HasIndex(r => new { r.TenantId, r.ConversationId });
        builder.HasIndex(r => new { r.TenantId, r.ServiceUrlKey });
    }
}
