namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// One version of the evaluation grid: the criteria reviewers score from 1 to 4. A grid
/// version is never changed once saved; admins save a new version, and each review keeps the
/// version it was made with. The grid computes its own aggregates over reviews.
/// </summary>
public class EvaluationGrid
{
    public const int MinScore = 1;
    public const int MaxScore = 4;

    public long Id { get; set; }

    /// <summary>1, 2, 3… The highest version is the current grid.</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The admin who saved it; null for the default grid.</summary>
    public string? CreatedById { get; set; }

    public List<GridCriterion> Criteria { get; set; } = [];

    public IEnumerable<GridCriterion> Ordered => Criteria.OrderBy(c => c.Order).ThenBy(c => c.Id);

    /// <summary>
    /// Mean, lowest, highest score and spread (highest minus lowest) per criterion of this grid,
    /// over the submitted reviews given, and the weighted total of the means. Scores are matched
    /// by criterion key, so reviews made with an earlier version of the grid count for the
    /// criteria that kept their key.
    /// </summary>
    public GridSummary Summarise(IEnumerable<Review> reviews)
    {
        var submitted = reviews.Where(r => r.State == ReviewState.Submitted).ToList();
        var criteria = Ordered.Select(c =>
        {
            var scores = submitted
                .Select(r => r.Scores.FirstOrDefault(s => s.CriterionKey == c.Key)?.Score)
                .OfType<int>()
                .ToList();
            return scores.Count == 0
                ? new CriterionSummary(c, 0, null, null, null)
                : new CriterionSummary(c, scores.Count, scores.Average(), scores.Min(), scores.Max());
        }).ToList();
        return new GridSummary(this, submitted.Count, criteria, WeightedMean(criteria.Select(c => (c.Criterion, c.Mean))));
    }

    /// <summary>One review's weighted total on this grid (criteria it did not score are left out).</summary>
    public double? WeightedTotal(Review review) =>
        WeightedMean(Ordered.Select(c => (c, (double?)review.Scores.FirstOrDefault(s => s.CriterionKey == c.Key)?.Score)));

    /// <summary>
    /// The evidence level the grid's rule suggests to the editor (who decides): promising when at
    /// least <paramref name="minimumReviews"/> reviews give a weighted total of at least
    /// <see cref="PositiveThreshold"/>; proven when, in addition, every criterion that measures
    /// results averages at least <see cref="ResultsThreshold"/>.
    /// </summary>
    public Initiatives.EvidenceLevel SuggestEvidence(GridSummary summary, int minimumReviews)
    {
        if (summary.ReviewCount < minimumReviews || summary.WeightedTotal is not { } total || total < PositiveThreshold)
            return Initiatives.EvidenceLevel.Emerging;
        var results = summary.Criteria.Where(c => c.Criterion.MeasuresResults).ToList();
        return results.Count > 0 && results.All(c => c.Mean >= ResultsThreshold)
            ? Initiatives.EvidenceLevel.Proven
            : Initiatives.EvidenceLevel.Promising;
    }

    /// <summary>Weighted total from which peers' judgement counts as positive.</summary>
    public const double PositiveThreshold = 2.5;

    /// <summary>Mean score of the results criteria from which results count as evaluated.</summary>
    public const double ResultsThreshold = 3.0;

    private static double? WeightedMean(IEnumerable<(GridCriterion Criterion, double? Value)> values)
    {
        double sum = 0, weights = 0;
        foreach (var (criterion, value) in values)
        {
            if (value is not { } v) continue;
            sum += v * criterion.Weight;
            weights += criterion.Weight;
        }
        return weights == 0 ? null : sum / weights;
    }
}

/// <summary>One criterion of a grid version.</summary>
public class GridCriterion
{
    public const int MaxWeight = 10;

    public long Id { get; set; }
    public long GridId { get; set; }

    /// <summary>Stable identifier across grid versions (scores refer to it).</summary>
    public required string Key { get; set; }

    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public string DescriptionFr { get; set; } = "";
    public string DescriptionEn { get; set; } = "";

    /// <summary>1 to <see cref="MaxWeight"/>: how much the criterion counts in the weighted total.</summary>
    public int Weight { get; set; } = 1;

    public int Order { get; set; }

    /// <summary>The criterion judges the evaluation of results (what "proven" needs).</summary>
    public bool MeasuresResults { get; set; }

    public string Name(bool english) => english && NameEn.Length > 0 ? NameEn : NameFr;
    public string Description(bool english) => english && DescriptionEn.Length > 0 ? DescriptionEn : DescriptionFr;
}

/// <summary>The aggregates of a set of reviews on one grid.</summary>
public sealed record GridSummary(EvaluationGrid Grid, int ReviewCount, IReadOnlyList<CriterionSummary> Criteria, double? WeightedTotal);

/// <summary>Mean, extremes and spread of one criterion's scores.</summary>
public sealed record CriterionSummary(GridCriterion Criterion, int Count, double? Mean, int? Min, int? Max)
{
    /// <summary>Highest minus lowest score: 0 when reviewers agree, 3 at most.</summary>
    public int? Spread => Max - Min;
}

/// <summary>The grid shipped with the site (version 1), from PRODUCT.md.</summary>
public static class DefaultGrid
{
    public static IReadOnlyList<GridCriterion> Criteria() =>
    [
        new()
        {
            Key = "pertinence", Order = 1, Weight = 2,
            NameFr = "Pertinence au regard des besoins", NameEn = "Relevance to needs",
            DescriptionFr = "Les besoins du territoire et des personnes sont établis, et l'action y répond.",
            DescriptionEn = "The needs of the territory and of the people are established, and the initiative answers them.",
        },
        new()
        {
            Key = "innovation", Order = 2, Weight = 1,
            NameFr = "Innovation", NameEn = "Innovation",
            DescriptionFr = "L'action apporte une réponse nouvelle, ou nouvelle sur ce territoire, par rapport aux pratiques courantes.",
            DescriptionEn = "The initiative brings a new answer, or one new to this territory, compared with usual practice.",
        },
        new()
        {
            Key = "partenariat", Order = 3, Weight = 1,
            NameFr = "Qualité du partenariat", NameEn = "Partnership quality",
            DescriptionFr = "Les partenaires utiles sont associés, leurs rôles sont clairs et formalisés.",
            DescriptionEn = "The relevant partners are involved, with clear and formalised roles.",
        },
        new()
        {
            Key = "participation", Order = 4, Weight = 1,
            NameFr = "Participation des personnes concernées", NameEn = "Participation of the people concerned",
            DescriptionFr = "Les personnes accompagnées contribuent à la conception, à la conduite ou à l'évaluation de l'action.",
            DescriptionEn = "The people concerned contribute to designing, running or evaluating the initiative.",
        },
        new()
        {
            Key = "evaluation-resultats", Order = 5, Weight = 2, MeasuresResults = true,
            NameFr = "Qualité de l'évaluation et des résultats", NameEn = "Quality of evaluation and results",
            DescriptionFr = "Les résultats sont mesurés avec une méthode explicite (indicateurs, évaluation interne ou externe) et sont probants.",
            DescriptionEn = "Results are measured with an explicit method (indicators, internal or external evaluation) and are convincing.",
        },
        new()
        {
            Key = "transferabilite", Order = 6, Weight = 2,
            NameFr = "Transférabilité", NameEn = "Transferability",
            DescriptionFr = "La fiche dit ce qu'un autre territoire doit réunir pour reproduire l'action, et c'est réaliste.",
            DescriptionEn = "The write-up says what another territory needs to reproduce the initiative, and it is realistic.",
        },
        new()
        {
            Key = "cout-moyens", Order = 7, Weight = 1,
            NameFr = "Coût et moyens", NameEn = "Cost and means",
            DescriptionFr = "Les moyens humains et financiers sont décrits et proportionnés aux résultats.",
            DescriptionEn = "Human and financial means are described and in proportion to the results.",
        },
    ];
}
