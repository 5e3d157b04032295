using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class WorkflowTransitionConfiguration : IEntityTypeConfiguration<WorkflowTransition>
{
    public void Configure(EntityTypeBuilder<WorkflowTransition> entity)
    {
        entity.Property(t => t.From).HasConversion<string>().HasMaxLength(24);
        entity.Property(t => t.To).HasConversion<string>().HasMaxLength(24);
        entity.Property(t => t.ActorId).HasMaxLength(450);
        entity.Property(t => t.Message).HasMaxLength(4000);
        entity.HasIndex(t => new { t.InitiativeId, t.At });
    }
}

public class IndexTaskConfiguration : IEntityTypeConfiguration<IndexTask>
{
    public void Configure(EntityTypeBuilder<IndexTask> entity)
    {
        // A number, not a name: rows written before kinds existed read as write-up tasks (0).
        entity.Property(t => t.Kind).HasConversion<int>();
        entity.HasIndex(t => t.InitiativeId);
        entity.HasIndex(t => t.DossierId);
    }
}

public class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> entity)
    {
        entity.HasIndex(t => new { t.Kind, t.Slug }).IsUnique();
        entity.Property(t => t.Kind).HasMaxLength(40);
        entity.Property(t => t.Slug).HasMaxLength(80);
        entity.Property(t => t.LabelFr).HasMaxLength(200);
        entity.Property(t => t.LabelEn).HasMaxLength(200);
        entity.Property(t => t.DescriptionFr).HasMaxLength(1000);
        entity.Property(t => t.DescriptionEn).HasMaxLength(1000);
        entity.Property(t => t.MergedIntoSlug).HasMaxLength(80);
    }
}

public class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> entity)
    {
        entity.HasKey(r => r.Code);
        entity.Property(r => r.Code).HasMaxLength(3);
        entity.Property(r => r.Name).HasMaxLength(100);
        entity.HasMany(r => r.Departements).WithOne()
            .HasForeignKey(d => d.RegionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

public class DepartementConfiguration : IEntityTypeConfiguration<Departement>
{
    public void Configure(EntityTypeBuilder<Departement> entity)
    {
        entity.HasKey(d => d.Code);
        entity.Property(d => d.Code).HasMaxLength(3);
        entity.Property(d => d.Name).HasMaxLength(100);
    }
}
