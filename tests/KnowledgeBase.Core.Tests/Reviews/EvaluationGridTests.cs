using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Reviews;

namespace KnowledgeBase.Core.Tests.Reviews;

/// <summary>The grid's own aggregates and the named conflict-of-interest check, on plain objects.</summary>
public class EvaluationGridTests
{
    private static EvaluationGrid Grid() => new()
    {
        Id = 1, Version = 1,
        Criteria =
        [
            new GridCriterion { Key = "a", NameFr = "A", NameEn = "A", Weight = 1, Order = 1 },
            new GridCriterion { Key = "b", NameFr = "B", NameEn = "B", Weight = 3, Order = 2, MeasuresResults = true },
        ],
    };

    private static Review Review(int? a, int? b, ReviewState state = ReviewState.Submitted) => new()
    {
        State = state,
        Scores = [new ReviewScore { CriterionKey = "a", Score = a }, new ReviewScore { CriterionKey = "b", Score = b }],
    };

    [Fact]
    public void Mean_spread_and_weighted_total_per_criterion_count_submitted_reviews_only()
    {
        var summary = Grid().Summarise([Review(1, 4), Review(3, 2), Review(4, 4, ReviewState.Draft)]);
        Assert.Equal(2, summary.ReviewCount);
        Assert.Equal((2.0, 1, 3, 2), (summary.Criteria[0].Mean!.Value, summary.Criteria[0].Min!.Value, summary.Criteria[0].Max!.Value, summary.Criteria[0].Spread!.Value));
        Assert.Equal((3.0, 2), (summary.Criteria[1].Mean!.Value, summary.Criteria[1].Spread!.Value));
        // (2 × 1 + 3 × 3) / 4
        Assert.Equal(2.75, summary.WeightedTotal!.Value, 6);
        Assert.Equal(3.25, Grid().WeightedTotal(Review(1, 4))!.Value, 6);
    }

    [Fact]
    public void No_review_gives_no_mean_rather_than_zero()
    {
        var summary = Grid().Summarise([]);
        Assert.Equal(0, summary.ReviewCount);
        Assert.All(summary.Criteria, c => Assert.Null(c.Mean));
        Assert.Null(summary.WeightedTotal);
    }

    [Fact]
    public void Suggested_evidence_needs_enough_positive_reviews_and_evaluated_results_for_proven()
    {
        var grid = Grid();
        Assert.Equal(EvidenceLevel.Emerging, grid.SuggestEvidence(grid.Summarise([Review(4, 4)]), 2));
        Assert.Equal(EvidenceLevel.Emerging, grid.SuggestEvidence(grid.Summarise([Review(2, 2), Review(2, 2)]), 2));
        Assert.Equal(EvidenceLevel.Promising, grid.SuggestEvidence(grid.Summarise([Review(4, 3), Review(2, 2)]), 2));
        Assert.Equal(EvidenceLevel.Proven, grid.SuggestEvidence(grid.Summarise([Review(3, 3), Review(3, 4)]), 2));
    }

    [Fact]
    public void The_default_grid_has_the_seven_criteria_of_the_product()
    {
        var criteria = DefaultGrid.Criteria();
        Assert.Equal(7, criteria.Count);
        Assert.Equal(criteria.Count, criteria.Select(c => c.Key).Distinct().Count());
        Assert.All(criteria, c => Assert.True(c.NameFr.Length > 0 && c.NameEn.Length > 0 && c.DescriptionFr.Length > 0 && c.Weight >= 1));
        Assert.Contains(criteria, c => c.MeasuresResults);
    }

    [Fact]
    public void Conflict_of_interest_names_the_reason_for_authors_lead_and_partner_organisations()
    {
        var content = new ContentBuilder().Build();
        content.LeadOrganisation.Name = "CCAS de Saint-Étienne";
        content.Partners = [new Partner { Name = "Mission locale Loire Sud" }];
        content.Authors = ["Inès Moreau"];
        var initiative = new Initiative { Slug = "x", OwnerId = "owner" };

        Assert.Empty(ConflictOfInterest.Between(new Member { Id = "m1", DisplayName = "Paul", Organisation = "CCAS de Lyon" }, initiative, content, []));
        Assert.Contains("Auteur", ConflictOfInterest.Between(new Member { Id = "owner", DisplayName = "X" }, initiative, content, []).Single());
        Assert.Contains("Auteur", ConflictOfInterest.Between(new Member { Id = "co", DisplayName = "X" }, initiative, content, ["co"]).Single());
        Assert.Contains("Auteur", ConflictOfInterest.Between(new Member { Id = "m2", DisplayName = "ines  MOREAU" }, initiative, content, []).Single());
        var lead = ConflictOfInterest.Between(new Member { Id = "m3", DisplayName = "Y", Organisation = "ccas de saint etienne" }, initiative, content, []);
        Assert.Equal("Membre de la structure porteuse (CCAS de Saint-Étienne).", lead.Single());
        var partner = ConflictOfInterest.Between(new Member { Id = "m4", DisplayName = "Z", Organisation = "MISSION LOCALE – Loire sud" }, initiative, content, []);
        Assert.Equal("Membre d'une structure partenaire (Mission locale Loire Sud).", partner.Single());
    }
}
