using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> entity)
    {
        entity.HasIndex(i => i.Slug).IsUnique();
        entity.Property(i => i.Slug).HasMaxLength(ContentRules.SlugMaxLength);
        entity.Property(i => i.State).HasConversion<string>().HasMaxLength(24);
        entity.Property(i => i.EvidenceLevel).HasConversion<string>().HasMaxLength(16);
        entity.Property(i => i.CreditedOrganisation).HasMaxLength(300);
        entity.Property(i => i.OwnerId).HasMaxLength(450);
        entity.HasIndex(i => i.OwnerId);
        entity.HasIndex(i => i.State);
        entity.Property(i => i.Version).IsConcurrencyToken();
        entity.HasIndex(i => i.PublishedAt);

        entity.HasMany(i => i.Revisions).WithOne(r => r.Initiative)
            .HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(i => i.CurrentRevision).WithMany()
            .HasForeignKey(i => i.CurrentRevisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(i => i.PublishedRevision).WithMany()
            .HasForeignKey(i => i.PublishedRevisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(i => i.Transitions).WithOne()
            .HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);

        entity.OwnsOne(i => i.Card, card =>
        {
            card.Property(c => c.Title).HasMaxLength(ContentRules.TitleMaxLength);
            card.Property(c => c.SortKey).HasMaxLength(200);
            card.Property(c => c.Summary).HasMaxLength(ContentRules.SummaryMaxLength);
            card.Property(c => c.RegionCode).HasMaxLength(3);
            card.Property(c => c.DepartementCode).HasMaxLength(3);
            card.Property(c => c.Stage).HasMaxLength(40);
        });
    }
}
