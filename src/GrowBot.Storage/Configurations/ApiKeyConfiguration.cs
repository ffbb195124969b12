using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyRow>
{
    public void Configure(EntityTypeBuilder<ApiKeyRow> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(r => r.KeyId);
        builder.Property(r => r.KeyId).HasMaxLength(Lengths.Code);
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.KeyHash).HasMaxLength(32);
        builder.HasIndex(r => r.TenantId);
    }
}
