using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    // A revision is an immutable document: stored whole as JSON, it is read and compared
    // whole, and new fields need no migration of old revisions.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Revision> entity)
    {
        entity.HasIndex(r => new { r.InitiativeId, r.Number }).IsUnique();
        entity.Property(r => r.ContentHash).HasMaxLength(64);
        entity.Property(r => r.SavedById).HasMaxLength(450);
        entity.Property(r => r.Content)
            .HasConversion(
                content => JsonSerializer.Serialize(content, Json),
                json => JsonSerializer.Deserialize<InitiativeContent>(json, Json) ?? new InitiativeContent(),
                new ValueComparer<InitiativeContent>(
                    (a, b) => ReferenceEquals(a, b),
                    c => c.GetHashCode(),
                    c => c));
    }
}
