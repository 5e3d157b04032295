using KnowledgeBase.Core.Accounts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> entity)
    {
        entity.Property(m => m.DisplayName).HasMaxLength(100);
        entity.Property(m => m.Organisation).HasMaxLength(300);
        entity.Property(m => m.OrganisationType).HasMaxLength(80);
        entity.Property(m => m.RegionCode).HasMaxLength(3);
        entity.Property(m => m.DepartementCode).HasMaxLength(3);
    }
}
