using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class HrbpAssignmentConfiguration : IEntityTypeConfiguration<HrbpAssignmentRow>
{
    public void Configure(EntityTypeBuilder<HrbpAssignmentRow> builder)
    {
        builder.ToTable("hrbp_assignments");
        builder.HasKey(r => new { r.TenantId, r.HrbpId, r.EmployeeId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.HrbpId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.EmployeeId).HasMaxLength(Lengths.Id);
        builder.HasIndex(r => new { r.TenantId, r.EmployeeId });
    }
}
