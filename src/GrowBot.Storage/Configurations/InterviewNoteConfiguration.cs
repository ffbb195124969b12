using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GrowBot.Storage.Configurations;

internal sealed class InterviewNoteConfiguration : IEntityTypeConfiguration<InterviewNoteRow>
{
    public void Configure(EntityTypeBuilder<InterviewNoteRow> builder)
    {
        builder.ToTable("interview_notes");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Id).HasMaxLength(Lengths.Id);
        builder.Property(r => r.AuthorId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.EmployeeId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.PreparationId).HasMaxLength(Lengths.Id);
        builder.Property(r => r.Privacy).HasConversion<string>().HasMaxLength(Lengths.Enum);
        builder.Property(r => r.AnalyserName).HasMaxLength(Lengths.Id);
        builder.HasIndex(r => new { r.TenantId, r.AuthorId, r.CreatedAt });
        builder.HasIndex(r => new { r.TenantId, r.EmployeeId });
    }
}

internal sealed class TokenUsageConfiguration : IEntityTypeConfiguration<TokenUsageRow>
{
    public void Configure(EntityTypeBuilder<TokenUsageRow> builder)
    {
        builder.ToTable("token_usage");
        builder.HasKey(r => new { r.TenantId, r.Month });
        builder.Property(r => r.TenantId).HasMaxLength(Lengths.TenantId);
        builder.Property(r => r.Month).HasMaxLength(7);
    }
}
