using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Selections;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class SelectionItemConfiguration : IEntityTypeConfiguration<SelectionItem>
{
    public void Configure(EntityTypeBuilder<SelectionItem> entity)
    {
        entity.Property(s => s.MemberId).HasMaxLength(450);
        // Kept once per member; the second index finds who follows a write-up.
        entity.HasIndex(s => new { s.MemberId, s.InitiativeId }).IsUnique();
        entity.HasIndex(s => s.InitiativeId);
        // A deleted account takes its selection with it; write-ups are never deleted.
        entity.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Initiative>().WithMany().HasForeignKey(s => s.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
