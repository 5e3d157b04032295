using KnowledgeBase.Core.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class MemberSessionConfiguration : IEntityTypeConfiguration<MemberSession>
{
    public void Configure(EntityTypeBuilder<MemberSession> entity)
    {
        entity.HasKey(s => s.Key);
        entity.Property(s => s.Key).HasMaxLength(MemberSession.KeyLength);
        entity.Property(s => s.MemberId).HasMaxLength(450);
        entity.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => s.ExpiresAt);
    }
}

public class KeptFormConfiguration : IEntityTypeConfiguration<KeptForm>
{
    public void Configure(EntityTypeBuilder<KeptForm> entity)
    {
        entity.Property(f => f.Id).HasMaxLength(KeptForm.IdLength);
        entity.Property(f => f.BrowserKey).HasMaxLength(64);
        entity.Property(f => f.ClientKey).HasMaxLength(64);
        entity.Property(f => f.Action).HasMaxLength(2000);
        entity.HasIndex(f => f.ExpiresAt);
        entity.HasIndex(f => new { f.ClientKey, f.CreatedAt });
    }
}
