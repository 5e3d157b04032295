using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace KnowledgeBase.Web.Features.Account;

/// <summary>A member's professional context: checked against the taxonomies, then saved.</summary>
public sealed class Profiles(UserManager<Member> users, Catalog catalog, IStringLocalizer<SharedResource> T)
{
    /// <summary>
    /// Trims the fields, fills the région from the département when only the latter is given,
    /// and lists what does not match the taxonomies (organisation types, territories).
    /// </summary>
    public IReadOnlyList<FieldError> Validate(ProfileForm form)
    {
        form.DisplayName = form.DisplayName.Trim();
        form.Organisation = form.Organisation.Trim();
        form.RegionCode = Blank(form.RegionCode);
        form.DepartementCode = Blank(form.DepartementCode);

        var errors = new List<FieldError>();
        if (!catalog.Has(TaxonomyKinds.OrganisationTypes, form.OrganisationType))
            errors.Add(new(nameof(form.OrganisationType), T["Choisissez le type de structure dans la liste."]));
        if (form.RegionCode is not null && catalog.Region(form.RegionCode) is null)
            errors.Add(new(nameof(form.RegionCode), T["Choisissez une région dans la liste."]));
        if (form.DepartementCode is not null)
        {
            var departement = catalog.Departement(form.DepartementCode);
            if (departement is null)
                errors.Add(new(nameof(form.DepartementCode), T["Choisissez un département dans la liste."]));
            else if (form.RegionCode is null)
                form.RegionCode = departement.RegionCode;
            else if (departement.RegionCode != form.RegionCode)
                errors.Add(new(nameof(form.DepartementCode), T["Ce département n'est pas dans la région choisie."]));
        }
        return errors;
    }

    /// <summary>Copies a validated form onto the member.</summary>
    public static void Apply(ProfileForm form, Member member)
    {
        member.DisplayName = form.DisplayName;
        member.Organisation = form.Organisation;
        member.OrganisationType = form.OrganisationType;
        member.RegionCode = form.RegionCode;
        member.DepartementCode = form.DepartementCode;
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Member member, ProfileForm form)
    {
        var errors = Validate(form);
        if (errors.Count > 0) return errors;
        Apply(form, member);
        var result = await users.UpdateAsync(member);
        return result.Succeeded ? [] : result.Errors.Select(e => new FieldError("", e.Description)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
