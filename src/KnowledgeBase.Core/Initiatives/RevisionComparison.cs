using DiffPlex;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>Two revisions compared field by field, with word-level differences.</summary>
public sealed class RevisionComparison
{
    public required int OlderNumber { get; init; }
    public required int NewerNumber { get; init; }
    public required IReadOnlyList<FieldDifference> Fields { get; init; }

    private static readonly Differ Differ = new();
    private static readonly char[] WordSeparators = [' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')'];

    /// <summary>Compares two revisions; <paramref name="catalog"/> gives the French labels of coded values (themes, territory, stage…).</summary>
    public static RevisionComparison Of(Revision older, Revision newer, Catalog catalog) => new()
    {
        OlderNumber = older.Number,
        NewerNumber = newer.Number,
        Fields = Flatten(older.Content, catalog).Zip(Flatten(newer.Content, catalog), (a, b) => Compare(a.Label, a.Text, b.Text)).ToList(),
    };

    private static FieldDifference Compare(string label, string before, string after)
    {
        if (before == after) return new FieldDifference(label, false, [new DiffPiece(DiffKind.Same, after)]);
        // Word diff: DiffPlex 1.4 gives the changed blocks as ranges of pieces of each side.
        var diff = Differ.CreateWordDiffs(before, after, ignoreWhitespace: false, WordSeparators);
        var pieces = new List<DiffPiece>();
        var newPos = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; newPos < block.InsertStartB; newPos++) pieces.Add(new DiffPiece(DiffKind.Same, diff.PiecesNew[newPos]));
            for (var i = 0; i < block.DeleteCountA; i++) pieces.Add(new DiffPiece(DiffKind.Removed, diff.PiecesOld[block.DeleteStartA + i]));
            for (var i = 0; i < block.InsertCountB; i++) pieces.Add(new DiffPiece(DiffKind.Added, diff.PiecesNew[block.InsertStartB + i]));
            newPos = block.InsertStartB + block.InsertCountB;
        }
        for (; newPos < diff.PiecesNew.Length; newPos++) pieces.Add(new DiffPiece(DiffKind.Same, diff.PiecesNew[newPos]));
        return new FieldDifference(label, true, pieces);
    }

    /// <summary>Every field of a write-up as (French label, text), in form order, coded values shown by their labels.</summary>
    private static IEnumerable<(string Label, string Text)> Flatten(InitiativeContent c, Catalog catalog)
    {
        string Label(string kind, string? slug) => catalog.Label(kind, slug, english: false);
        var territory = c.Territory;
        yield return ("Titre", c.Title);
        yield return ("Résumé", c.Summary);
        foreach (var s in SectionHeadings.All) yield return (s.Heading, s.Get(c.Sections));
        yield return ("Thématiques", string.Join(", ", c.Themes.Select(t => Label(TaxonomyKinds.Themes, t))));
        yield return ("Publics", string.Join(", ", c.Publics.Select(p => Label(TaxonomyKinds.Publics, p))));
        yield return ("Mots-clés", string.Join(", ", c.Keywords));
        yield return ("Territoire", Words(
            Label(TaxonomyKinds.TerritoryScopes, territory.Scope),
            catalog.Region(territory.RegionCode)?.Name ?? territory.RegionCode,
            catalog.Departement(territory.DepartementCode)?.Name ?? territory.DepartementCode,
            territory.Commune,
            Label(TaxonomyKinds.TerritoryTypes, territory.Type)));
        yield return ("Structure porteuse", Organisation(c.LeadOrganisation.Name, Label(TaxonomyKinds.OrganisationTypes, c.LeadOrganisation.Type)));
        yield return ("Partenaires", string.Join("\n", c.Partners.Select(p => Words(Organisation(p.Name, Label(TaxonomyKinds.OrganisationTypes, p.Type)), p.Role))));
        yield return ("Période", Words(c.StartYear?.ToString(), c.EndYear is null ? null : "– " + c.EndYear));
        yield return ("Stade", Label(TaxonomyKinds.Stages, c.Stage));
        yield return ("Budget", Label(TaxonomyKinds.BudgetRanges, c.BudgetRange));
        yield return ("Financeurs", string.Join(", ", c.Funders));
        yield return ("Personnes touchées", c.PeopleReached?.ToString() ?? "");
        yield return ("Contact", Words(c.Contact.Name, c.Contact.Role, c.Contact.Email));
        yield return ("Liens", string.Join("\n", c.Links.Select(l => Words(l.Title, l.Url))));
        yield return ("Rédaction", string.Join(", ", c.Authors));
    }

    // Absent parts leave no double spaces behind.
    private static string Words(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static string Organisation(string name, string type) => type.Length == 0 ? name : $"{name} ({type})";
}

public enum DiffKind { Same, Added, Removed }

public sealed record DiffPiece(DiffKind Kind, string Text);

public sealed record FieldDifference(string Label, bool Changed, IReadOnlyList<DiffPiece> Pieces);
