using KnowledgeBase.Core.Reviews;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class EvaluationGridConfiguration : IEntityTypeConfiguration<EvaluationGrid>
{
    public void Configure(EntityTypeBuilder<EvaluationGrid> entity)
    {
        // One row per version: two nodes seeding the default grid at once cannot both succeed.
        entity.HasIndex(g => g.Version).IsUnique();
        entity.Property(g => g.CreatedById).HasMaxLength(450);
        entity.HasMany(g => g.Criteria).WithOne().HasForeignKey(c => c.GridId).OnDelete(DeleteBehavior.Cascade);
        entity.Ignore(g => g.Ordered);
    }
}

public class GridCriterionConfiguration : IEntityTypeConfiguration<GridCriterion>
{
    public void Configure(EntityTypeBuilder<GridCriterion> entity)
    {
        entity.ToTable("GridCriteria");
        entity.HasIndex(c => new { c.GridId, c.Key }).IsUnique();
        entity.Property(c => c.Key).HasMaxLength(80);
        entity.Property(c => c.NameFr).HasMaxLength(EvaluationGridEditing.NameMaxLength);
        entity.Property(c => c.NameEn).HasMaxLength(EvaluationGridEditing.NameMaxLength);
        entity.Property(c => c.DescriptionFr).HasMaxLength(EvaluationGridEditing.DescriptionMaxLength);
        entity.Property(c => c.DescriptionEn).HasMaxLength(EvaluationGridEditing.DescriptionMaxLength);
    }
}

public class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> entity)
    {
        // Two editors opening "the next round" at once: one of them gets a conflict.
        entity.HasIndex(r => new { r.InitiativeId, r.Number }).IsUnique();
        entity.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(r => r.Revision).WithMany().HasForeignKey(r => r.RevisionId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.Decision).HasConversion<string>().HasMaxLength(24);
        entity.Property(r => r.Evidence).HasConversion<string>().HasMaxLength(16);
        entity.Property(r => r.OpenedById).HasMaxLength(450);
        entity.Property(r => r.DecidedById).HasMaxLength(450);
        entity.HasMany(r => r.Assignments).WithOne(a => a.Round).HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
        entity.Ignore(r => r.IsOpen);
    }
}

public class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> entity)
    {
        entity.HasIndex(a => new { a.RoundId, a.ReviewerId }).IsUnique();
        entity.HasIndex(a => new { a.ReviewerId, a.State });
        entity.HasIndex(a => new { a.State, a.DueDate });
        entity.HasIndex(a => a.InitiativeId);
        entity.Property(a => a.ReviewerId).HasMaxLength(450);
        entity.Property(a => a.InvitedById).HasMaxLength(450);
        entity.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        entity.Property(a => a.DeclineReason).HasMaxLength(ReviewerInbox.ReasonMaxLength);
        entity.Property(a => a.Version).IsConcurrencyToken();
        entity.HasOne(a => a.Review).WithOne(r => r.Assignment).HasForeignKey<Review>(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        entity.Ignore(a => a.IsOpen);
    }
}

public class ReviewEntityConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> entity)
    {
        entity.HasIndex(r => r.AssignmentId).IsUnique();
        entity.HasOne(r => r.Grid).WithMany().HasForeignKey(r => r.GridId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        entity.Property(r => r.Recommendation).HasConversion<string>().HasMaxLength(24);
        entity.Property(r => r.GeneralComment).HasMaxLength(Review.CommentMaxLength);
        entity.Property(r => r.ConfidentialNote).HasMaxLength(Review.CommentMaxLength);
        entity.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ReviewScoreConfiguration : IEntityTypeConfiguration<ReviewScore>
{
    public void Configure(EntityTypeBuilder<ReviewScore> entity)
    {
        entity.ToTable("ReviewScores");
        entity.HasIndex(s => new { s.ReviewId, s.CriterionKey }).IsUnique();
        entity.Property(s => s.CriterionKey).HasMaxLength(80);
        entity.Property(s => s.Comment).HasMaxLength(Review.CommentMaxLength);
    }
}

public class ReviewReminderConfiguration : IEntityTypeConfiguration<ReviewReminder>
{
    public void Configure(EntityTypeBuilder<ReviewReminder> entity)
    {
        // The guarantee that a reminder never goes twice.
        entity.HasIndex(r => new { r.AssignmentId, r.Kind, r.DueDate }).IsUnique();
        entity.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        entity.HasOne<ReviewAssignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
