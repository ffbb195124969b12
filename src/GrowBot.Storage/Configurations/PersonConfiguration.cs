using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> builder)
    {
        builder.ToTable("people");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.AadObjectId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.DepartmentId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.ManagerId).HasMaxLength(Lengths.Id);
        builder.HasIndex(r => new { r.TenantId, r.AadObjectId });
        builder.HasIndex(r => new { r.TenantId, r.ManagerId });
    }
}
