using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class MentorConfiguration : IEntityTypeConfiguration<MentorRow>
{
    public void Configure(EntityTypeBuilder<MentorRow> builder)
    {
        builder.ToTable("mentors");
        builder.HasKey(r => new { r.TenantId, r.PersonId });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.PersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
