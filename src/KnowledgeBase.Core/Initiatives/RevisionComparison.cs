using DiffPlex;
using KnowledgeBase.Core.Content;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>Two revisions compared field by field, with word-level differences.</summary>
public sealed class RevisionComparison
{
    public required int OlderNumber { get; init; }
    public required int NewerNumber { get; init; }
    public required IReadOnlyList<FieldDifference> Fields { get; init; }

    private static readonly Differ Differ = new();
    private static readonly char[] WordSeparators = [' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '(', ')'];

    public static RevisionComparison Of(Revision older, Revision newer) => new()
    {
        OlderNumber = older.Number,
        NewerNumber = newer.Number,
        Fields = Flatten(older.Content).Zip(Flatten(newer.Content), (a, b) => Compare(a.Label, a.Text, b.Text)).ToList(),
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

    /// <summary>Every field of a write-up as (French label, text), in form order.</summary>
    private static IEnumerable<(string Label, string Text)> Flatten(InitiativeContent c)
    {
        yield return ("Titre", c.Title);
        yield return ("Résumé", c.Summary);
        foreach (var s in SectionHeadings.All) yield return (s.Heading, s.Get(c.Sections));
        yield return ("Thématiques", string.Join(", ", c.Themes));
        yield return ("Publics", string.Join(", ", c.Publics));
        yield return ("Mots-clés", string.Join(", ", c.Keywords));
        yield return ("Territoire", $"{c.Territory.Scope} {c.Territory.RegionCode} {c.Territory.DepartementCode} {c.Territory.Commune} {c.Territory.Type}".Trim());
        yield return ("Structure porteuse", $"{c.LeadOrganisation.Name} ({c.LeadOrganisation.Type})");
        yield return ("Partenaires", string.Join("\n", c.Partners.Select(p => $"{p.Name} ({p.Type}) {p.Role}".Trim())));
        yield return ("Période", $"{c.StartYear} – {c.EndYear}");
        yield return ("Stade", c.Stage);
        yield return ("Budget", c.BudgetRange ?? "");
        yield return ("Financeurs", string.Join(", ", c.Funders));
        yield return ("Personnes touchées", c.PeopleReached?.ToString() ?? "");
        yield return ("Contact", $"{c.Contact.Name} {c.Contact.Role} {c.Contact.Email}".Trim());
        yield return ("Liens", string.Join("\n", c.Links.Select(l => $"{l.Title} {l.Url}")));
        yield return ("Rédaction", string.Join(", ", c.Authors));
    }
}

public enum DiffKind { Same, Added, Removed }

public sealed record DiffPiece(DiffKind Kind, string Text);

public sealed record FieldDifference(string Label, bool Changed, IReadOnlyList<DiffPiece> Pieces);
