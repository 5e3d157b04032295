namespace KnowledgeBase.Core.Accounts;

/// <summary>A member as the administration page lists them.</summary>
public sealed record MemberSummary(
    string Id,
    string Email,
    string DisplayName,
    string? Organisation,
    bool EmailConfirmed,
    bool LockedOut,
    DateTime CreatedAt,
    IReadOnlyList<string> Roles);

/// <summary>Lists and searches members for administrators.</summary>
public sealed class MemberDirectory(KnowledgeBaseDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>
    /// Members whose email or display name contains <paramref name="search"/> (case-insensitive),
    /// by email, page <paramref name="page"/> (clamped to the existing pages).
    /// </summary>
    public async Task<Page<MemberSummary>> SearchAsync(string? search, int page, CancellationToken cancellationToken = default)
    {
        var members = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // NormalizedEmail is upper-case. SQLite's upper() changes ASCII letters only, so a name
            // is also matched as typed ("Élise" finds Élise on both providers).
            var typed = search.Trim();
            var term = typed.ToUpperInvariant();
            members = members.Where(m => m.NormalizedEmail!.Contains(term)
                || m.DisplayName.Contains(typed) || m.DisplayName.ToUpper().Contains(term));
        }
        var total = await members.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pageCount);
        var rows = await members.OrderBy(m => m.NormalizedEmail).ThenBy(m => m.Id)
            .Skip((number - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Id, m.Email, m.DisplayName, m.Organisation, m.EmailConfirmed, m.LockoutEnd, m.CreatedAt })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where ids.Contains(userRole.UserId)
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByMember = roles.ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();

        var items = rows.Select(r => new MemberSummary(
                r.Id, r.Email ?? "", r.DisplayName, r.Organisation, r.EmailConfirmed,
                r.LockoutEnd is { } end && end > now, r.CreatedAt,
                Roles.All.Where(rolesByMember[r.Id].Contains).ToList()))
            .ToList();
        return new Page<MemberSummary>(items, number, pageCount, total);
    }
}
