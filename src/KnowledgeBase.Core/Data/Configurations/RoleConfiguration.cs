using KnowledgeBase.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Core.Data.Configurations;

/// <summary>
/// The four roles are part of the schema: migrations create them, so every database (and every
/// node) has them before the first sign-up, without a start-up step that could race.
/// </summary>
public class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> entity) =>
        entity.HasData(Roles.All.Select(name => new IdentityRole
        {
            // Fixed values: seed data must be identical in every model build.
            Id = "role-" + name.ToLowerInvariant(),
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = "seed-" + name.ToLowerInvariant(),
        }));
}
