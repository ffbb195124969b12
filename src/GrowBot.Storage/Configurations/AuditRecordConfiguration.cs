using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecordRow>
{
    public void Configure(EntityTypeBuilder<AuditRecordRow> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.ActorId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.SubjectId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Action).HasMaxLength(Lengths.Code);
        builder.HasIndex(r => new { r.TenantId, r.SubjectId, r.At });
        builder.HasIndex(r => new { r.TenantId, r.At });
    }
}
