namespace KnowledgeBase.Core.Dossiers;

/// <summary>
/// What a dossier must be, checked the same way for an editor's form and for a content/
/// import. Saving a draft checks limits and that every write-up is a published one (an id
/// typed or pasted from elsewhere is refused); publishing also requires a title, both
/// sections, at least <see cref="DossierRules.MinimumItems"/> write-ups and a note on each.
/// </summary>
public static class DossierValidator
{
    /// <param name="content">The dossier as typed or read from its file.</param>
    /// <param name="publicTitles">Public write-ups among those the dossier names: id → title.</param>
    /// <param name="forPublication">Also check what publishing requires.</param>
    public static IReadOnlyList<ContentProblem> Validate(DossierContent content, IReadOnlyDictionary<long, string> publicTitles, bool forPublication)
    {
        var problems = new List<ContentProblem>();
        void Problem(string field, string message) => problems.Add(new ContentProblem(field, message));

        if (content.Title.Length > ContentRules.TitleMaxLength) Problem("title", $"Le titre dépasse {ContentRules.TitleMaxLength} caractères.");
        else if (forPublication && string.IsNullOrWhiteSpace(content.Title)) Problem("title", "Le titre est obligatoire.");
        if (content.Introduction.Length > DossierRules.SectionMaxLength) Problem("introduction", $"L'introduction dépasse {DossierRules.SectionMaxLength} caractères.");
        else if (forPublication && string.IsNullOrWhiteSpace(content.Introduction)) Problem("introduction", "L'introduction est obligatoire.");
        if (content.Recommendations.Length > DossierRules.SectionMaxLength) Problem("recommendations", $"Les préconisations dépassent {DossierRules.SectionMaxLength} caractères.");
        else if (forPublication && string.IsNullOrWhiteSpace(content.Recommendations)) Problem("recommendations", "Les préconisations sont obligatoires.");

        if (content.Items.Count > DossierRules.MaximumItems) Problem("items", $"Un dossier réunit au plus {DossierRules.MaximumItems} fiches.");
        else if (forPublication && content.Items.Count < DossierRules.MinimumItems)
            Problem("items", $"Un dossier publié réunit au moins {DossierRules.MinimumItems} fiches publiées ({content.Items.Count} pour l'instant).");
        var seen = new HashSet<long>();
        for (var i = 0; i < content.Items.Count; i++)
        {
            var item = content.Items[i];
            if (!publicTitles.TryGetValue(item.InitiativeId, out var title))
                Problem($"items[{i}]", $"L'élément {i + 1} n'est pas une fiche publiée : seules les fiches en ligne peuvent entrer dans un dossier.");
            else if (!seen.Add(item.InitiativeId))
                Problem($"items[{i}]", $"« {title} » figure déjà dans le dossier.");
            if (item.Note.Length > DossierRules.NoteMaxLength)
                Problem($"items[{i}].note", $"La note sur l'élément {i + 1} dépasse {DossierRules.NoteMaxLength} caractères.");
            else if (forPublication && string.IsNullOrWhiteSpace(item.Note))
                Problem($"items[{i}].note", $"Dites pourquoi « {title ?? $"l'élément {i + 1}"} » a sa place dans le dossier.");
        }
        return problems;
    }
}
