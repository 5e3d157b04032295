using KnowledgeBase.Core.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.Property(n => n.MemberId).HasMaxLength(450);
        entity.Property(n => n.Text).HasMaxLength(1000);
        entity.Property(n => n.Url).HasMaxLength(500);
        entity.HasIndex(n => new { n.MemberId, n.ReadAt });
    }
}
