using KnowledgeBase.Core.Taxonomy;
using Microsoft.AspNetCore.Identity;

namespace KnowledgeBase.Core.Accounts;

/// <summary>A member's professional context: checked against the taxonomies, then saved.</summary>
public sealed class Profiles(UserManager<Member> users, Catalog catalog)
{
    /// <summary>
    /// Trims the fields, fills the région from the département when only the latter is given,
    /// and lists what does not match the taxonomies (organisation types, territories).
    /// </summary>
    public IReadOnlyList<FieldError> Validate(MemberProfile profile)
    {
        profile.DisplayName = profile.DisplayName.Trim();
        profile.Organisation = profile.Organisation.Trim();
        profile.RegionCode = Blank(profile.RegionCode);
        profile.DepartementCode = Blank(profile.DepartementCode);

        var errors = new List<FieldError>();
        if (!catalog.Has(TaxonomyKinds.OrganisationTypes, profile.OrganisationType))
            errors.Add(new(nameof(profile.OrganisationType), AccountMessages.ChooseOrganisationType));
        if (profile.RegionCode is not null && catalog.Region(profile.RegionCode) is null)
            errors.Add(new(nameof(profile.RegionCode), AccountMessages.ChooseRegion));
        if (profile.DepartementCode is not null)
        {
            var departement = catalog.Departement(profile.DepartementCode);
            if (departement is null)
                errors.Add(new(nameof(profile.DepartementCode), AccountMessages.ChooseDepartement));
            else if (profile.RegionCode is null)
                profile.RegionCode = departement.RegionCode;
            else if (departement.RegionCode != profile.RegionCode)
                errors.Add(new(nameof(profile.DepartementCode), AccountMessages.DepartementOutsideRegion));
        }
        return errors;
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Member member, MemberProfile profile)
    {
        var errors = Validate(profile);
        if (errors.Count > 0) return errors;
        profile.ApplyTo(member);
        var result = await users.UpdateAsync(member);
        return result.Succeeded ? [] : result.Errors.Select(e => new FieldError("", e.Description)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
