using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class IngestBatchConfiguration : IEntityTypeConfiguration<IngestBatchRow>
{
    public void Configure(EntityTypeBuilder<IngestBatchRow> builder)
    {
        builder.ToTable("ingest_batches");
        builder.HasKey(r => new { r.TenantId, r.BatchId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.BatchId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.ContentHash).HasMaxLength(Lengths.Code);
    }
}
