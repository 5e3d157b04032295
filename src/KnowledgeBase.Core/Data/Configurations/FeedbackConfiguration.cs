using KnowledgeBase.Core.Feedback;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class PractitionerFeedbackConfiguration : IEntityTypeConfiguration<PractitionerFeedback>
{
    public void Configure(EntityTypeBuilder<PractitionerFeedback> entity)
    {
        entity.ToTable("Feedback");
        entity.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(f => new { f.InitiativeId, f.State });
        entity.HasIndex(f => new { f.AuthorId, f.State });
        entity.HasIndex(f => f.State);
        entity.Property(f => f.AuthorId).HasMaxLength(450);
        entity.Property(f => f.ModeratedById).HasMaxLength(450);
        entity.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        entity.Property(f => f.State).HasConversion<string>().HasMaxLength(24);
        entity.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(16);
        entity.Property(f => f.Text).HasMaxLength(PractitionerFeedback.TextMaxLength);
        entity.Property(f => f.DepartementCode).HasMaxLength(3);
        entity.Property(f => f.Commune).HasMaxLength(PractitionerFeedback.CommuneMaxLength);
        entity.HasMany(f => f.Reports).WithOne(r => r.Feedback).HasForeignKey(r => r.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FeedbackReportConfiguration : IEntityTypeConfiguration<FeedbackReport>
{
    public void Configure(EntityTypeBuilder<FeedbackReport> entity)
    {
        // Each member reports a feedback once: the count of reporters is the count of rows.
        entity.HasIndex(r => new { r.FeedbackId, r.ReporterId }).IsUnique();
        entity.Property(r => r.ReporterId).HasMaxLength(450);
        entity.Property(r => r.Reason).HasMaxLength(FeedbackReport.ReasonMaxLength);
    }
}
