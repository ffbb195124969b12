using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class PersonSkillConfiguration : IEntityTypeConfiguration<PersonSkillRow>
{
    public void Configure(EntityTypeBuilder<PersonSkillRow> builder)
    {
        builder.ToTable("person_skills");
        builder.HasKey(r => new { r.TenantId, r.PersonId, r.Skill });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.PersonId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Skill).HasMaxLength(Lengths.Code);
    }
}
