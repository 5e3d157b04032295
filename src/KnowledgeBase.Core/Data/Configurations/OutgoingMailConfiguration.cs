using KnowledgeBase.Core.Mail;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

public class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> entity)
    {
        entity.Property(m => m.To).HasMaxLength(OutgoingMail.AddressMaxLength);
        entity.Property(m => m.Subject).HasMaxLength(OutgoingMail.SubjectMaxLength);
        entity.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        entity.Property(m => m.LastError).HasMaxLength(OutgoingMail.ErrorMaxLength);
        // The worker's claim looks for pending messages that are due.
        entity.HasIndex(m => new { m.State, m.NextAttemptAt });
        entity.HasIndex(m => m.ClaimToken);
    }
}
