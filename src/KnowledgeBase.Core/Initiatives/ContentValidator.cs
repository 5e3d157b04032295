using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// The required fields and controlled values of a write-up (PRODUCT.md), checked the same way
/// for an import and for a submission. What a write-up may never hold, even as a draft
/// (unknown list values, unsafe links, over-long texts), is checked on every save too
/// (<see cref="ValidateValues"/>): a draft is refused rather than stored with the value dropped.
/// Merged terms count as the terms they were merged into; a retired term is refused in what
/// members write, accepted from content/ (where the base's own write-ups may carry it).
/// </summary>
public static class ContentValidator
{
    /// <summary>Everything: required fields and allowed values (submission, publication, import).</summary>
    public static IReadOnlyList<ContentProblem> Validate(InitiativeContent content, Catalog catalog, bool acceptRetired = false) =>
        Check(content, catalog, required: true, acceptRetired);

    /// <summary>Only what no saved revision may hold, whatever is still missing (saving a draft).</summary>
    public static IReadOnlyList<ContentProblem> ValidateValues(InitiativeContent content, Catalog catalog) => Check(content, catalog, required: false, acceptRetired: false);

    private static List<ContentProblem> Check(InitiativeContent written, Catalog catalog, bool required, bool acceptRetired)
    {
        var content = catalog.Canonical(written);
        var problems = new List<ContentProblem>();
        void Problem(string field, string message) => problems.Add(new ContentProblem(field, message));

        if (string.IsNullOrWhiteSpace(content.Title)) { if (required) Problem("title", "Le titre est obligatoire."); }
        else if (content.Title.Length > ContentRules.TitleMaxLength)
            Problem("title", $"Le titre dépasse {ContentRules.TitleMaxLength} caractères.");
        else if (TextHygiene.HasLineBreak(content.Title))
            Problem("title", "Le titre tient sur une seule ligne : retirez les retours à la ligne.");
        if (string.IsNullOrWhiteSpace(content.Summary)) { if (required) Problem("summary", "Le résumé est obligatoire."); }
        else if (content.Summary.Length > ContentRules.SummaryMaxLength)
            Problem("summary", $"Le résumé dépasse {ContentRules.SummaryMaxLength} caractères ({content.Summary.Length}).");

        foreach (var section in SectionHeadings.All)
        {
            var text = section.Get(content.Sections);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required && section.Required) Problem($"sections.{section.Key}", $"La section « {section.Heading} » est obligatoire.");
            }
            else if (text.Length > ContentRules.SectionMaxLength)
                Problem($"sections.{section.Key}", $"La section « {section.Heading} » dépasse {ContentRules.SectionMaxLength} caractères ({text.Length}).");
            else if (MarkdownRenderer.ContainsImage(text))
                Problem($"sections.{section.Key}", $"La section « {section.Heading} » contient une image : les images ne sont pas acceptées dans les fiches. Remplacez-la par un lien, [texte](https://…).");
        }

        if (required && content.Themes.Count == 0) Problem("themes", "Choisissez au moins une thématique.");
        CheckTerms(content.Themes, TaxonomyKinds.Themes, "themes", "Thématique inconnue");
        CheckTerms(content.Publics, TaxonomyKinds.Publics, "publics", "Public inconnu");

        var region = catalog.Region(content.Territory.RegionCode);
        var departement = catalog.Departement(content.Territory.DepartementCode);
        if (string.IsNullOrWhiteSpace(content.Territory.RegionCode)) { if (required) Problem("territory.region", "La région est obligatoire."); }
        else if (region is null) Problem("territory.region", $"Code de région inconnu : « {content.Territory.RegionCode} ».");
        if (string.IsNullOrWhiteSpace(content.Territory.DepartementCode)) { if (required) Problem("territory.departement", "Le département est obligatoire."); }
        else if (departement is null) Problem("territory.departement", $"Code de département inconnu : « {content.Territory.DepartementCode} ».");
        else if (region is not null && departement.RegionCode != region.Code)
            Problem("territory.departement", $"Le département {departement.Name} n'appartient pas à la région {region.Name}.");
        CheckTerm(content.Territory.Scope, TaxonomyKinds.TerritoryScopes, "territory.scope", "Échelle inconnue");
        CheckTerm(content.Territory.Type, TaxonomyKinds.TerritoryTypes, "territory.type", "Type de territoire inconnu");

        if (required && string.IsNullOrWhiteSpace(content.LeadOrganisation.Name))
            Problem("lead_organisation.name", "Le nom de la structure porteuse est obligatoire.");
        if (string.IsNullOrWhiteSpace(content.LeadOrganisation.Type))
        {
            if (required) Problem("lead_organisation.type", "Le type de la structure porteuse est obligatoire.");
        }
        else CheckTerm(content.LeadOrganisation.Type, TaxonomyKinds.OrganisationTypes, "lead_organisation.type", "Type de structure inconnu");
        foreach (var partner in content.Partners)
        {
            if (required && string.IsNullOrWhiteSpace(partner.Name)) Problem("partners", "Chaque partenaire doit avoir un nom.");
            CheckTerm(partner.Type, TaxonomyKinds.OrganisationTypes, "partners", "Type de partenaire inconnu");
        }

        if (content.StartYear is null) { if (required) Problem("period.start", "L'année de démarrage est obligatoire."); }
        else if (content.StartYear is < 1945 or > 2100) Problem("period.start", "L'année de démarrage n'est pas plausible.");
        if (content.EndYear is not null && content.StartYear is not null && content.EndYear < content.StartYear)
            Problem("period.end", "L'année de fin précède l'année de démarrage.");
        if (string.IsNullOrWhiteSpace(content.Stage)) { if (required) Problem("stage", "Le stade d'avancement est obligatoire."); }
        else CheckTerm(content.Stage, TaxonomyKinds.Stages, "stage", "Stade inconnu");
        CheckTerm(content.BudgetRange, TaxonomyKinds.BudgetRanges, "budget", "Tranche de budget inconnue");
        if (content.PeopleReached is < 0) Problem("people_reached", "Le nombre de personnes touchées ne peut pas être négatif.");
        foreach (var link in content.Links)
            if (!MarkdownRenderer.IsSafeUrl(link.Url) || link.Url.StartsWith('/') || link.Url.StartsWith('#'))
                Problem("links", $"Lien refusé (http, https ou mailto seulement) : « {link.Url} ».");
        return problems;

        void CheckTerms(IEnumerable<string> slugs, string kind, string field, string label)
        {
            foreach (var slug in slugs) CheckTerm(slug, kind, field, label);
        }

        void CheckTerm(string? slug, string kind, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(slug)) return;
            if (!catalog.Has(kind, slug)) Problem(field, $"{label} : « {slug} ».");
            else if (!acceptRetired && !catalog.IsActive(kind, slug))
                Problem(field, $"« {catalog.Label(kind, slug, english: false)} » a été retiré du vocabulaire : choisissez-en un autre.");
        }
    }
}
