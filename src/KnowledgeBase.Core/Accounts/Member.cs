using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>A signed-up person (ASP.NET Core Identity user) with their professional context.</summary>
public class Member : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? Organisation { get; set; }
    public string? OrganisationType { get; set; }
    public string? RegionCode { get; set; }
    public string? DepartementCode { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The roles of PRODUCT.md.</summary>
public static class Roles
{
    public const string Member = "Member";
    public const string Reviewer = "Reviewer";
    public const string Editor = "Editor";
    public const string Admin = "Admin";
    public static readonly IReadOnlyList<string> All = [Member, Reviewer, Editor, Admin];
}
