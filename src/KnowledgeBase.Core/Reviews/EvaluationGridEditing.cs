namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// The versions of the evaluation grid. The default grid is created on first use, whatever
/// the migrations; admins save changes as a new version.
/// </summary>
public sealed class EvaluationGridEditing(KnowledgeBaseDbContext db, TimeProvider clock)
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 1000;
    public const int MaxCriteria = 20;

    /// <summary>
    /// The current (highest) version, creating the default grid if there is none yet. Call it
    /// before changing anything else in the same unit of work: seeding saves.
    /// </summary>
    public EvaluationGrid Current()
    {
        var current = Latest();
        if (current is not null) return current;
        var seed = new EvaluationGrid { Version = 1, CreatedAt = clock.GetUtcNow().UtcDateTime, Criteria = [.. DefaultGrid.Criteria()] };
        db.EvaluationGrids.Add(seed);
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another request or node seeded it at the same moment (unique version): use theirs.
        }
        finally
        {
            Detach(seed);
        }
        return Latest() ?? throw new InvalidOperationException("La grille d'évaluation n'a pas pu être créée.");
    }

    public EvaluationGrid? Find(long id) =>
        db.EvaluationGrids.AsNoTracking().Include(g => g.Criteria).SingleOrDefault(g => g.Id == id);

    /// <summary>Every version, newest first, with its number of criteria.</summary>
    public IReadOnlyList<GridVersion> Versions() =>
        db.EvaluationGrids.AsNoTracking().OrderByDescending(g => g.Version)
            .Select(g => new GridVersion(g.Id, g.Version, g.CreatedAt, g.Criteria.Count)).ToList();

    /// <summary>
    /// Saves the criteria as a new version when they differ from the current one. Criteria
    /// without a key are new: their key is made from the French name.
    /// </summary>
    public (ReviewOutcome Outcome, EvaluationGrid? Grid) SaveNewVersion(IReadOnlyList<CriterionDraft> drafts, Actor actor)
    {
        var problems = Validate(drafts);
        if (problems.Count > 0) return (ReviewOutcome.Invalid(problems), null);
        var current = Current();
        var keys = new HashSet<string>();
        var criteria = drafts.Select((d, index) =>
        {
            var key = string.IsNullOrWhiteSpace(d.Key) ? Initiatives.Slugs.FromTitle(d.NameFr) : d.Key.Trim();
            if (key.Length == 0) key = "critere";
            var unique = key;
            for (var n = 2; !keys.Add(unique); n++) unique = $"{key}-{n}";
            return new GridCriterion
            {
                Key = unique, NameFr = d.NameFr.Trim(), NameEn = (d.NameEn ?? "").Trim(),
                DescriptionFr = (d.DescriptionFr ?? "").Trim(), DescriptionEn = (d.DescriptionEn ?? "").Trim(),
                Weight = d.Weight, Order = index + 1, MeasuresResults = d.MeasuresResults,
            };
        }).ToList();
        if (SameCriteria(current.Ordered.ToList(), criteria)) return (ReviewOutcome.Done, current);

        var grid = new EvaluationGrid
        {
            Version = current.Version + 1, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedById = actor.MemberId, Criteria = criteria,
        };
        db.EvaluationGrids.Add(grid);
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            return (new ReviewOutcome(OutcomeKind.Conflict,
                [new("", "Quelqu'un a enregistré une autre version de la grille entre-temps : rechargez la page.")]), null);
        }
        finally
        {
            Detach(grid);
        }
        return (ReviewOutcome.Done, Find(grid.Id));
    }

    private static List<ReviewProblem> Validate(IReadOnlyList<CriterionDraft> drafts)
    {
        var problems = new List<ReviewProblem>();
        if (drafts.Count == 0) problems.Add(new("", "La grille doit compter au moins un critère."));
        if (drafts.Count > MaxCriteria) problems.Add(new("", $"La grille compte au plus {MaxCriteria} critères."));
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var field = $"Criteria[{i}].";
            if (string.IsNullOrWhiteSpace(d.NameFr)) problems.Add(new(field + "NameFr", "Le nom du critère en français est obligatoire."));
            else if (d.NameFr.Trim().Length > NameMaxLength) problems.Add(new(field + "NameFr", $"Le nom compte au plus {NameMaxLength} caractères."));
            else if (Content.TextHygiene.HasLineBreak(d.NameFr)) problems.Add(new(field + "NameFr", "Le nom tient sur une seule ligne : retirez les retours à la ligne."));
            if ((d.NameEn ?? "").Trim().Length > NameMaxLength) problems.Add(new(field + "NameEn", $"Le nom compte au plus {NameMaxLength} caractères."));
            else if (Content.TextHygiene.HasLineBreak(d.NameEn)) problems.Add(new(field + "NameEn", "Le nom tient sur une seule ligne : retirez les retours à la ligne."));
            if ((d.DescriptionFr ?? "").Trim().Length > DescriptionMaxLength) problems.Add(new(field + "DescriptionFr", $"La description compte au plus {DescriptionMaxLength} caractères."));
            if ((d.DescriptionEn ?? "").Trim().Length > DescriptionMaxLength) problems.Add(new(field + "DescriptionEn", $"La description compte au plus {DescriptionMaxLength} caractères."));
            if (d.Weight is < 1 or > GridCriterion.MaxWeight) problems.Add(new(field + "Weight", $"Le poids est un nombre entier de 1 à {GridCriterion.MaxWeight}."));
        }
        return problems;
    }

    private static bool SameCriteria(IReadOnlyList<GridCriterion> a, IReadOnlyList<GridCriterion> b) =>
        a.Count == b.Count && a.Zip(b).All(p =>
            p.First.Key == p.Second.Key && p.First.NameFr == p.Second.NameFr && p.First.NameEn == p.Second.NameEn
            && p.First.DescriptionFr == p.Second.DescriptionFr && p.First.DescriptionEn == p.Second.DescriptionEn
            && p.First.Weight == p.Second.Weight && p.First.MeasuresResults == p.Second.MeasuresResults);

    private void Detach(EvaluationGrid grid)
    {
        // A copy: detaching a criterion can take it out of grid.Criteria (it does after a failed save).
        foreach (var criterion in grid.Criteria.ToList()) db.Entry(criterion).State = EntityState.Detached;
        db.Entry(grid).State = EntityState.Detached;
    }

    private EvaluationGrid? Latest() =>
        db.EvaluationGrids.AsNoTracking().Include(g => g.Criteria).OrderByDescending(g => g.Version).FirstOrDefault();
}

/// <summary>A criterion as typed in the admin form; <see cref="Key"/> is empty for a new criterion.</summary>
public sealed record CriterionDraft(string? Key, string NameFr, string? NameEn, string? DescriptionFr, string? DescriptionEn, int Weight,
    bool MeasuresResults);

public sealed record GridVersion(long Id, int Version, DateTime CreatedAt, int CriterionCount);
