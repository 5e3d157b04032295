namespace KnowledgeBase.Core.Accounts;

/// <summary>A member's professional context, as typed in the sign-up form or the account page.</summary>
public sealed class MemberProfile
{
    public string DisplayName { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string OrganisationType { get; set; } = "";
    public string? RegionCode { get; set; }
    public string? DepartementCode { get; set; }

    /// <summary>Copies a validated profile onto the member.</summary>
    public void ApplyTo(Member member)
    {
        member.DisplayName = DisplayName;
        member.Organisation = Organisation;
        member.OrganisationType = OrganisationType;
        member.RegionCode = RegionCode;
        member.DepartementCode = DepartementCode;
    }
}
