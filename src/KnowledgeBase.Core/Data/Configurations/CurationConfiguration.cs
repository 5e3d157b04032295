using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class FeaturedItemConfiguration : IEntityTypeConfiguration<FeaturedItem>
{
    public void Configure(EntityTypeBuilder<FeaturedItem> entity)
    {
        entity.Property(f => f.CreatedById).HasMaxLength(450);
        entity.HasIndex(f => f.Position);
        // Write-ups and dossiers are never deleted; the keys keep a featured item pointing at one.
        entity.HasOne<Initiative>().WithMany().HasForeignKey(f => f.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class EditorialLogEntryConfiguration : IEntityTypeConfiguration<EditorialLogEntry>
{
    public void Configure(EntityTypeBuilder<EditorialLogEntry> entity)
    {
        entity.ToTable("EditorialLog");
        entity.Property(e => e.ActorId).HasMaxLength(450);
        entity.Property(e => e.Area).HasMaxLength(24);
        entity.Property(e => e.Text).HasMaxLength(EditorialLogEntry.TextMaxLength);
        entity.HasIndex(e => e.At);
    }
}

public class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> entity) => entity.HasIndex(g => g.Position);
}

public class SearchQueryDayConfiguration : IEntityTypeConfiguration<SearchQueryDay>
{
    public void Configure(EntityTypeBuilder<SearchQueryDay> entity)
    {
        // Aggregates only: the day, the normalised text, two counts. Nothing about who searched.
        entity.ToTable("SearchQueries");
        entity.Property(q => q.Query).HasMaxLength(SearchQueryDay.QueryMaxLength);
        entity.HasIndex(q => new { q.Day, q.Query }).IsUnique();
    }
}

public class ContentGapConfiguration : IEntityTypeConfiguration<ContentGap>
{
    public void Configure(EntityTypeBuilder<ContentGap> entity)
    {
        entity.Property(g => g.Query).HasMaxLength(SearchQueryDay.QueryMaxLength);
        entity.Property(g => g.NotedById).HasMaxLength(450);
        entity.HasIndex(g => g.ResolvedAt);
    }
}
