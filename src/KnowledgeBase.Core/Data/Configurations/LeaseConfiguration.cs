using KnowledgeBase.Core.Leases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> entity)
    {
        // One row per kind of work: the primary key is what makes creating it race-free.
        entity.HasKey(l => l.Name);
        entity.Property(l => l.Name).HasMaxLength(WorkLease.NameMaxLength);
        entity.Property(l => l.Holder).HasMaxLength(WorkLease.HolderMaxLength);
    }
}
