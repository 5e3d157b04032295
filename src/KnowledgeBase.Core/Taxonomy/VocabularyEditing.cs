using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Core.Taxonomy;

/// <summary>
/// The vocabularies managed in the site by editors and admins: add, rename (French and English
/// labels, descriptions), reorder, retire and restore terms, and merge one into another. Each
/// change is logged and queues a vocabulary task, so that every node reads the vocabulary
/// again and evicts its kept pages; a merge also re-reads the write-ups it re-tags (their
/// cards, and their index documents through the outbox). Revisions are never rewritten: a
/// merged term is read as its target wherever write-ups are shown (decision 014).
/// </summary>
public sealed class VocabularyEditing(KnowledgeBaseDbContext db, CatalogCache catalogs, EditorialLog log, TimeProvider clock)
{
    public const int SlugMaxLength = 80;
    public const int LabelMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    private const int ScanBatch = 500;

    /// <summary>Vocabularies whose terms the code itself relies on: relabelled and reordered only.</summary>
    public static bool IsFixed(string kind) => kind == TaxonomyKinds.EvidenceLevels;

    public static bool IsKnownKind(string? kind) => kind is not null && TaxonomyKinds.All.Contains(kind);

    public EditOutcome Add(string kind, TermLabels labels, string? slug, Actor actor)
    {
        if (Refused(kind, actor, structural: true) is { } refused) return refused;
        var problems = Check(labels);
        var typed = slug?.Trim() ?? "";
        if (typed.Length == 0) typed = Slugs.FromTitle(labels.Fr ?? "");
        if (!Slugs.IsValid(typed) || typed.Length > SlugMaxLength)
            problems.Add(new ContentProblem("slug", $"Le code doit faire au plus {SlugMaxLength} caractères : minuscules sans accents, chiffres et tirets (par exemple « acces-aux-droits »)."));
        else if (db.TaxonomyTerms.Any(t => t.Kind == kind && t.Slug == typed))
            problems.Add(new ContentProblem("slug", $"Le code « {typed} » existe déjà dans ce vocabulaire."));
        if (problems.Count > 0) return EditOutcome.Invalid(problems);
        var position = (db.TaxonomyTerms.Where(t => t.Kind == kind).Max(t => (int?)t.Position) ?? -1) + 1;
        db.TaxonomyTerms.Add(new TaxonomyTerm
        {
            Kind = kind, Slug = typed, LabelFr = labels.Fr!.Trim(), LabelEn = Clean(labels.En) ?? labels.Fr!.Trim(),
            DescriptionFr = Clean(labels.DescriptionFr), DescriptionEn = Clean(labels.DescriptionEn), Position = position,
        });
        return Commit(actor, $"{KindLabel(kind)} : terme « {labels.Fr!.Trim()} » ({typed}) ajouté.");
    }

    public EditOutcome Rename(string kind, string slug, TermLabels labels, Actor actor)
    {
        if (Refused(kind, actor, structural: false) is { } refused) return refused;
        var term = Find(kind, slug);
        if (term is null) return EditOutcome.NotFound;
        var problems = Check(labels);
        if (problems.Count > 0) return EditOutcome.Invalid(problems);
        var (oldFr, oldEn) = (term.LabelFr, term.LabelEn);
        term.LabelFr = labels.Fr!.Trim();
        term.LabelEn = Clean(labels.En) ?? term.LabelFr;
        term.DescriptionFr = Clean(labels.DescriptionFr);
        term.DescriptionEn = Clean(labels.DescriptionEn);
        var changes = new List<string>();
        if (oldFr != term.LabelFr) changes.Add($"« {oldFr} » → « {term.LabelFr} »");
        if (oldEn != term.LabelEn) changes.Add($"anglais « {oldEn} » → « {term.LabelEn} »");
        if (changes.Count == 0) changes.Add("descriptions modifiées");
        return Commit(actor, $"{KindLabel(kind)} « {term.LabelFr} » ({slug}) : {string.Join(", ", changes)}.");
    }

    /// <summary>Moves a term one place up (-1) or down (+1) among the terms of its vocabulary.</summary>
    public EditOutcome Move(string kind, string slug, int direction, Actor actor)
    {
        if (Refused(kind, actor, structural: false) is { } refused) return refused;
        var ordered = db.TaxonomyTerms.Where(t => t.Kind == kind).OrderBy(t => t.Position).ThenBy(t => t.Slug).ToList();
        var index = ordered.FindIndex(t => t.Slug == slug);
        if (index < 0) return EditOutcome.NotFound;
        var other = index + Math.Sign(direction);
        if (direction == 0 || other < 0 || other >= ordered.Count) return EditOutcome.Done;
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
        return Commit(actor, $"{KindLabel(kind)} « {ordered[other].LabelFr} » déplacé à la place {other + 1}.");
    }

    /// <summary>Offers a term no more to new write-ups; those that carry it keep it, readable.</summary>
    public EditOutcome Retire(string kind, string slug, Actor actor)
    {
        if (Refused(kind, actor, structural: true) is { } refused) return refused;
        var term = Find(kind, slug);
        if (term is null) return EditOutcome.NotFound;
        if (term.MergedIntoSlug is not null) return EditOutcome.Invalid("slug", $"« {term.LabelFr} » a été fusionné : il n'est déjà plus proposé.");
        if (term.RetiredAt is not null) return EditOutcome.Done;
        if (db.TaxonomyTerms.Count(t => t.Kind == kind && t.RetiredAt == null && t.MergedIntoSlug == null) <= 1)
            return EditOutcome.Invalid("slug", "Un vocabulaire garde au moins un terme en usage.");
        term.RetiredAt = clock.GetUtcNow().UtcDateTime;
        return Commit(actor, $"{KindLabel(kind)} « {term.LabelFr} » ({slug}) retiré : il reste lisible sur les fiches qui le portent.");
    }

    public EditOutcome Restore(string kind, string slug, Actor actor)
    {
        if (Refused(kind, actor, structural: true) is { } refused) return refused;
        var term = Find(kind, slug);
        if (term is null) return EditOutcome.NotFound;
        if (term.MergedIntoSlug is not null) return EditOutcome.Invalid("slug", $"« {term.LabelFr} » a été fusionné dans « {term.MergedIntoSlug} » : une fusion ne se défait pas.");
        if (term.RetiredAt is null) return EditOutcome.Done;
        term.RetiredAt = null;
        return Commit(actor, $"{KindLabel(kind)} « {term.LabelFr} » ({slug}) remis en usage.");
    }

    /// <summary>
    /// Merges <paramref name="slug"/> into <paramref name="intoSlug"/>: every write-up carrying
    /// the first is read as carrying the second, its cards and index documents follow (index
    /// tasks in the same transaction), and the first's addresses redirect to the second's.
    /// </summary>
    public EditOutcome Merge(string kind, string slug, string? intoSlug, Actor actor)
    {
        if (Refused(kind, actor, structural: true) is { } refused) return refused;
        var terms = db.TaxonomyTerms.ToList();
        var from = terms.SingleOrDefault(t => t.Kind == kind && t.Slug == slug);
        if (from is null) return EditOutcome.NotFound;
        if (from.MergedIntoSlug is not null) return EditOutcome.Invalid("into", $"« {from.LabelFr} » est déjà fusionné dans « {from.MergedIntoSlug} ».");
        var into = terms.SingleOrDefault(t => t.Kind == kind && t.Slug == intoSlug);
        if (into is null || !into.IsActive || into.Slug == from.Slug)
            return EditOutcome.Invalid("into", "Choisissez un autre terme en usage du même vocabulaire.");

        var before = catalogs.Get(db);
        var now = clock.GetUtcNow().UtcDateTime;
        from.MergedIntoSlug = into.Slug;
        var after = new Catalog(terms, db.Regions.AsNoTracking().ToList(), db.Departements.AsNoTracking().ToList());
        var retagged = Retag(kind, before, after, now);
        return Commit(actor, $"{KindLabel(kind)} « {from.LabelFr} » ({from.Slug}) fusionné dans « {into.LabelFr} » ({into.Slug}) : "
            + Plural.Of("aucune fiche publiée à reclasser|1 fiche publiée reclassée|{0} fiches publiées reclassées", retagged) + " ; les anciennes adresses redirigent vers le nouveau terme.");
    }

    /// <summary>
    /// The public write-ups whose reading changes with the merge: new card (themes, publics,
    /// stage) and an index task each. Cards name themes, publics and stages; for the other
    /// vocabularies the published revisions are read in batches.
    /// </summary>
    private int Retag(string kind, Catalog before, Catalog after, DateTime now)
    {
        var count = 0;
        var publicIds = db.Initiatives.Where(Initiative.Public).OrderBy(i => i.Id).Select(i => i.Id);
        var inCard = kind is TaxonomyKinds.Themes or TaxonomyKinds.Publics or TaxonomyKinds.Stages;
        for (var page = 0; ; page++)
        {
            var ids = publicIds.Skip(page * ScanBatch).Take(ScanBatch).ToList();
            if (ids.Count == 0) break;
            var initiatives = db.Initiatives.Where(i => ids.Contains(i.Id)).Include(i => i.PublishedRevision).ToList();
            foreach (var initiative in initiatives)
            {
                var was = before.Canonical(initiative.PublishedRevision!.Content);
                var read = after.Canonical(initiative.PublishedRevision.Content);
                if (ContentHashes.Of(was) == ContentHashes.Of(read)) continue;
                if (inCard) initiative.Card = PublicCard.From(read);
                db.IndexTasks.Add(IndexTask.ForInitiative(initiative.Id, now));
                count++;
            }
        }
        return count;
    }

    private EditOutcome Commit(Actor actor, string text)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        log.Add(EditorialAreas.Vocabulary, actor, text);
        db.IndexTasks.Add(IndexTask.ForVocabulary(now));
        // One SaveChanges: the terms, the cards, the log and the index tasks commit together.
        db.SaveChanges();
        // This node at once; the others when their indexer applies the vocabulary task.
        catalogs.Invalidate();
        return EditOutcome.Done;
    }

    private static EditOutcome? Refused(string kind, Actor actor, bool structural)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        if (!IsKnownKind(kind)) return EditOutcome.NotFound;
        if (structural && IsFixed(kind))
            return EditOutcome.Invalid("slug", "Les niveaux de preuve sont ceux de la grille d'évaluation : on peut les renommer et les réordonner, pas en ajouter, en retirer ni en fusionner.");
        return null;
    }

    private TaxonomyTerm? Find(string kind, string slug) => db.TaxonomyTerms.SingleOrDefault(t => t.Kind == kind && t.Slug == slug);

    private static List<ContentProblem> Check(TermLabels labels)
    {
        var problems = new List<ContentProblem>();
        if (string.IsNullOrWhiteSpace(labels.Fr)) problems.Add(new ContentProblem("labelFr", "Le libellé en français est obligatoire."));
        else if (labels.Fr.Trim().Length > LabelMaxLength) problems.Add(new ContentProblem("labelFr", $"Le libellé dépasse {LabelMaxLength} caractères."));
        if (labels.En?.Trim().Length > LabelMaxLength) problems.Add(new ContentProblem("labelEn", $"Le libellé anglais dépasse {LabelMaxLength} caractères."));
        if (labels.DescriptionFr?.Trim().Length > DescriptionMaxLength) problems.Add(new ContentProblem("descriptionFr", $"La description dépasse {DescriptionMaxLength} caractères."));
        if (labels.DescriptionEn?.Trim().Length > DescriptionMaxLength) problems.Add(new ContentProblem("descriptionEn", $"La description anglaise dépasse {DescriptionMaxLength} caractères."));
        foreach (var (field, value) in new[] { ("labelFr", labels.Fr), ("labelEn", labels.En) })
            if (value is not null && (value.Contains('\n') || value.Contains('\r'))) problems.Add(new ContentProblem(field, "Un libellé tient sur une ligne."));
        return problems;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The vocabulary's name in French, as the log and the pages say it.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        TaxonomyKinds.Themes => "Thématique",
        TaxonomyKinds.Publics => "Public",
        TaxonomyKinds.Stages => "Stade",
        TaxonomyKinds.OrganisationTypes => "Type de structure",
        TaxonomyKinds.BudgetRanges => "Tranche de budget",
        TaxonomyKinds.EvidenceLevels => "Niveau de preuve",
        TaxonomyKinds.TerritoryScopes => "Échelle",
        TaxonomyKinds.TerritoryTypes => "Type de territoire",
        _ => kind,
    };
}

/// <summary>A term's labels and descriptions as typed.</summary>
public sealed record TermLabels(string? Fr, string? En, string? DescriptionFr = null, string? DescriptionEn = null);
