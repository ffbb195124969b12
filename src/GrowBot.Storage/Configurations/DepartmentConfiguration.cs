using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<DepartmentRow>
{
    public void Configure(EntityTypeBuilder<DepartmentRow> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
    }
}
