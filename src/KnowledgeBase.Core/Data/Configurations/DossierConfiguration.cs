using System.Text.Json;
using KnowledgeBase.Core.Dossiers;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> entity)
    {
        entity.HasIndex(d => d.Slug).IsUnique();
        entity.Property(d => d.Slug).HasMaxLength(ContentRules.SlugMaxLength);
        entity.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        entity.Property(d => d.CreatedById).HasMaxLength(450);
        entity.Property(d => d.Version).IsConcurrencyToken();
        entity.HasIndex(d => d.State);

        entity.HasMany(d => d.Revisions).WithOne()
            .HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(d => d.CurrentRevision).WithMany()
            .HasForeignKey(d => d.CurrentRevisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(d => d.PublishedRevision).WithMany()
            .HasForeignKey(d => d.PublishedRevisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(d => d.Citations).WithOne()
            .HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);

        entity.OwnsOne(d => d.Card, card =>
        {
            card.Property(c => c.Title).HasMaxLength(ContentRules.TitleMaxLength);
            card.Property(c => c.Teaser).HasMaxLength(DossierRules.TeaserMaxLength);
        });
    }
}

public class DossierRevisionConfiguration : IEntityTypeConfiguration<DossierRevision>
{
    // Stored whole as JSON, like a write-up's revision (decision 001).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<DossierRevision> entity)
    {
        entity.HasIndex(r => new { r.DossierId, r.Number }).IsUnique();
        entity.Property(r => r.ContentHash).HasMaxLength(64);
        entity.Property(r => r.SavedById).HasMaxLength(450);
        entity.Property(r => r.Content)
            .HasConversion(
                content => JsonSerializer.Serialize(content, Json),
                json => JsonSerializer.Deserialize<DossierContent>(json, Json) ?? new DossierContent(),
                new ValueComparer<DossierContent>((a, b) => ReferenceEquals(a, b), c => c.GetHashCode(), c => c));
    }
}

public class DossierCitationConfiguration : IEntityTypeConfiguration<DossierCitation>
{
    public void Configure(EntityTypeBuilder<DossierCitation> entity)
    {
        entity.HasKey(c => new { c.DossierId, c.InitiativeId });
        // "Which dossiers cite this write-up": its page, and archiving it.
        entity.HasIndex(c => c.InitiativeId);
        entity.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}
