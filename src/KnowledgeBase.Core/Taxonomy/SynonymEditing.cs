using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Core.Taxonomy;

/// <summary>
/// The synonym groups, edited by editors and admins. The search applies them to queries only,
/// so a change needs no rebuild: this node installs the new groups at once, and a vocabulary
/// task tells every other node to read them again (decision 013). Every change is logged.
/// </summary>
public sealed class SynonymEditing(KnowledgeBaseDbContext db, SearchIndexHost host, EditorialLog log, TimeProvider clock)
{
    public const int MaxGroups = 500;

    public IReadOnlyList<SynonymGroup> Groups() => db.SynonymGroups.AsNoTracking().OrderBy(g => g.Position).ThenBy(g => g.Id).ToList();

    /// <summary>The database's groups, in order, as the search takes them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(KnowledgeBaseDbContext db) =>
        AsLists(db.SynonymGroups.AsNoTracking().OrderBy(g => g.Position).ThenBy(g => g.Id).ToList());

    /// <summary>The groups as the search takes them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> AsLists(IEnumerable<SynonymGroup> groups) =>
        [.. groups.Select(g => (IReadOnlyList<string>)[.. g.Expressions])];

    /// <summary>"RSA, RMI" or one expression a line → the expressions, trimmed, each once (case and accents aside).</summary>
    public static List<string> Parse(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(e => e.Length > 0).DistinctBy(Slugs.FromTitle).ToList();

    /// <summary>Adds a group (<paramref name="id"/> null) or replaces one.</summary>
    public EditOutcome Save(long? id, IReadOnlyList<string> expressions, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var group = id is { } existing ? db.SynonymGroups.SingleOrDefault(g => g.Id == existing) : null;
        if (id is not null && group is null) return EditOutcome.NotFound;
        if (Check(expressions) is { } problem) return EditOutcome.Invalid("expressions", problem);
        if (group is null && db.SynonymGroups.Count() >= MaxGroups) return EditOutcome.Invalid("expressions", $"La liste compte déjà {MaxGroups} groupes.");
        string text;
        if (group is null)
        {
            group = new SynonymGroup { Position = (db.SynonymGroups.Max(g => (int?)g.Position) ?? 0) + 1, Expressions = [.. expressions] };
            db.SynonymGroups.Add(group);
            text = $"Groupe de synonymes ajouté : {Show(expressions)}.";
        }
        else
        {
            text = $"Groupe de synonymes modifié : {Show(group.Expressions)} → {Show(expressions)}.";
            group.Expressions = [.. expressions];
        }
        return Commit(actor, text);
    }

    public EditOutcome Delete(long id, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var group = db.SynonymGroups.SingleOrDefault(g => g.Id == id);
        if (group is null) return EditOutcome.NotFound;
        db.SynonymGroups.Remove(group);
        return Commit(actor, $"Groupe de synonymes supprimé : {Show(group.Expressions)}.");
    }

    /// <summary>Why these expressions cannot make a group, in French, or null.</summary>
    public static string? Check(IReadOnlyList<string> expressions)
    {
        if (expressions.Count < 2) return "Un groupe réunit au moins deux expressions équivalentes (par exemple « RSA » et « revenu de solidarité active »).";
        if (expressions.Count > SynonymGroup.MaxExpressions) return $"Un groupe réunit au plus {SynonymGroup.MaxExpressions} expressions.";
        if (expressions.FirstOrDefault(e => e.Length > SynonymGroup.ExpressionMaxLength) is { } longer)
            return $"« {longer[..30]}… » dépasse {SynonymGroup.ExpressionMaxLength} caractères.";
        if (expressions.FirstOrDefault(e => !e.Any(char.IsLetterOrDigit)) is { } empty) return $"« {empty} » ne contient aucun mot.";
        return null;
    }

    private EditOutcome Commit(Actor actor, string text)
    {
        log.Add(EditorialAreas.Synonyms, actor, text);
        db.IndexTasks.Add(IndexTask.ForVocabulary(clock.GetUtcNow().UtcDateTime));
        db.SaveChanges();
        // This node now; the others when their indexer applies the vocabulary task.
        host.ReloadSynonyms();
        return EditOutcome.Done;
    }

    private static string Show(IEnumerable<string> expressions) => "[" + string.Join(", ", expressions) + "]";
}
