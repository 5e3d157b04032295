using System.Text;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// The editor's side of deciding: every round's reviews side by side with the grid's
/// aggregates, and the decision, taken through <see cref="InitiativeWorkflow"/> (publish with an
/// evidence level, request changes, reject) which closes the round. The author then receives the
/// reviews anonymised.
/// </summary>
public sealed class ReviewDecisions(KnowledgeBaseDbContext db, RoundLifecycle rounds, EvaluationGridEditing grids, InitiativeWorkflow workflow,
    ReviewNotifier notifier, IOptions<ReviewOptions> options)
{
    public int MinimumReviews => options.Value.MinimumReviews;

    /// <summary>Every round of the write-up, newest first, with named reviewers; null when not an editor or not found.</summary>
    public DecisionPage? Page(long initiativeId, Actor actor)
    {
        if (!actor.IsEditor) return null;
        var current = grids.Current();
        var initiative = db.Initiatives.AsNoTracking().Include(i => i.CurrentRevision).SingleOrDefault(i => i.Id == initiativeId);
        if (initiative is null) return null;
        rounds.OpenRound(initiativeId);
        var all = db.ReviewRounds.AsNoTracking()
            .Include(r => r.Assignments).ThenInclude(a => a.Review).ThenInclude(r => r!.Scores)
            .Where(r => r.InitiativeId == initiativeId).OrderByDescending(r => r.Number).ToList();
        var people = all.SelectMany(r => r.Assignments.Select(a => a.ReviewerId)).Distinct().ToList();
        var names = db.Users.AsNoTracking().Where(u => people.Contains(u.Id))
            .ToDictionary(u => u.Id, u => (u.DisplayName, u.Organisation));
        var gridCache = new Dictionary<long, EvaluationGrid> { [current.Id] = current };
        EvaluationGrid Grid(long id) => gridCache.TryGetValue(id, out var g) ? g : gridCache[id] = grids.Find(id)!;

        var pages = all.Select(round =>
        {
            var reviews = round.Assignments.Where(a => a.Review?.State == ReviewState.Submitted).Select(a => a.Review!)
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
            var grid = reviews.Count > 0 ? Grid(reviews.MaxBy(r => r.GridId)!.GridId) : current;
            var summary = grid.Summarise(reviews);
            var assignments = round.Assignments.OrderBy(a => a.InvitedAt).ThenBy(a => a.Id).Select(a =>
            {
                var (name, organisation) = names.GetValueOrDefault(a.ReviewerId, ("(compte supprimé)", null));
                var review = a.Review?.State == ReviewState.Submitted ? a.Review : null;
                return new NamedAssignment(a, name, organisation, review, review is null ? null : Grid(review.GridId).WeightedTotal(review));
            }).ToList();
            return new RoundPage(round, grid, summary, assignments, grid.SuggestEvidence(summary, MinimumReviews));
        }).ToList();
        return new DecisionPage(initiative, pages, MinimumReviews);
    }

    /// <summary>
    /// Decides on a write-up under review. Publishing with a peer-evaluated level (promising,
    /// proven) needs <see cref="ReviewOptions.MinimumReviews"/> submitted reviews in the round.
    /// The round is closed in the same save as the transition; the author is sent the reviews
    /// anonymised.
    /// </summary>
    public ReviewOutcome Decide(long initiativeId, Guid version, ReviewDecision decision, EvidenceLevel? evidence, string? message, Actor actor)
    {
        if (!actor.IsEditor) return ReviewOutcome.Of(OutcomeKind.Forbidden);
        var initiative = db.Initiatives.AsNoTracking().Include(i => i.CurrentRevision).SingleOrDefault(i => i.Id == initiativeId);
        if (initiative is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (initiative.State != WorkflowState.UnderReview)
            return ReviewOutcome.NotAllowed("Cette fiche n'est pas en évaluation : la décision a peut-être déjà été prise.");
        if (message?.Trim().Length > 4000) return ReviewOutcome.Invalid("Message", "Le message compte au plus 4000 caractères.");
        var round = rounds.OpenRound(initiativeId);
        var submitted = round?.Assignments.Where(a => a.State == AssignmentState.Submitted).Select(a => a.Id).ToList() ?? [];
        if (decision == ReviewDecision.Publish)
        {
            if (evidence is null) return ReviewOutcome.Invalid("Evidence", "Choisissez le niveau de preuve de la fiche publiée.");
            if (evidence != EvidenceLevel.Emerging && submitted.Count < MinimumReviews)
                return ReviewOutcome.Invalid("Evidence",
                    $"Un niveau « prometteur » ou « éprouvé » demande au moins {MinimumReviews} évaluations remises ; il y en a {submitted.Count}. Publiez au niveau « émergent » ou attendez les évaluations.");
        }

        if (round is not null)
        {
            rounds.Close(round, decision, evidence, actor.MemberId);
            QueueAnonymisedReviews(initiative, round, decision);
        }
        var action = decision switch
        {
            ReviewDecision.Publish => WorkflowAction.Publish,
            ReviewDecision.Reject => WorkflowAction.Reject,
            _ => WorkflowAction.RequestChanges,
        };
        // The workflow saves the round's closing together with the transition, in one SaveChanges.
        var outcome = workflow.Act(initiativeId, version, action, actor, message, decision == ReviewDecision.Publish ? evidence : null);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome.Kind switch
            {
                OutcomeKind.Conflict => new(OutcomeKind.Conflict, [new("", "Quelqu'un a agi sur cette fiche entre-temps : voici son état actuel. Votre message est conservé ci-dessous.")]),
                OutcomeKind.Invalid => new(OutcomeKind.Invalid, (outcome.Problems ?? []).Select(p => new ReviewProblem("", p.Message)).Prepend(
                    new ReviewProblem("", "La fiche ne peut pas être publiée : des champs obligatoires manquent.")).ToList()),
                _ => new(outcome.Kind, []),
            };
        }
        return ReviewOutcome.Done;
    }

    /// <summary>Tells the author, in the app and by email, what the reviewers wrote, without who they are.</summary>
    private void QueueAnonymisedReviews(Initiative initiative, ReviewRound round, ReviewDecision decision)
    {
        if (initiative.OwnerId is not { } owner) return;
        var ids = round.Assignments.Where(a => a.State == AssignmentState.Submitted).Select(a => a.Id).ToList();
        var reviews = db.Reviews.AsNoTracking().Include(r => r.Scores).Where(r => ids.Contains(r.AssignmentId))
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).ToList();
        if (reviews.Count == 0) return;
        var title = initiative.CurrentRevision?.Content.Title is { Length: > 0 } t ? t : initiative.Slug;
        var url = $"/gestion/fiches/{initiative.Id}";
        var body = new StringBuilder()
            .Append("Bonjour,\n\nL'équipe éditoriale a pris sa décision sur « ").Append(title).Append(" » : ")
            .Append(ReviewTexts.DecisionSentence(decision)).Append("\n\nVoici les évaluations des pairs (tour ")
            .Append(round.Number).Append("), sans le nom de leurs auteurs :\n");
        var gridCache = new Dictionary<long, EvaluationGrid>();
        foreach (var (_, review) in AnonymisedReview.Of(reviews))
        {
            var grid = gridCache.TryGetValue(review.GridId, out var g) ? g : gridCache[review.GridId] = grids.Find(review.GridId)!;
            body.Append("\n— ").Append(review.Label).Append(" —\n");
            if (review.Recommendation is { } recommendation)
                body.Append("Recommandation : ").Append(ReviewTexts.RecommendationLabel(recommendation)).Append('\n');
            foreach (var criterion in grid.Ordered)
            {
                var score = review.Scores.FirstOrDefault(s => s.CriterionKey == criterion.Key);
                body.Append("• ").Append(criterion.NameFr).Append(" : ").Append(score?.Score?.ToString() ?? "–").Append("/4");
                if (score?.Comment is { } comment) body.Append(" – ").Append(comment);
                body.Append('\n');
            }
            if (review.GeneralComment is { } general) body.Append("Commentaire général : ").Append(general).Append('\n');
        }
        body.Append("\nRetrouvez-les sur la page de votre fiche : ").Append(notifier.Link(url)).Append('\n');
        notifier.Queue(owner, initiative.Id, $"Les évaluations de « {title} » sont disponibles (anonymisées).", url,
            $"KnowledgeBase – évaluations de « {title} »", body.ToString());
    }
}

/// <summary>The editor's decision page: each round, newest first.</summary>
public sealed record DecisionPage(Initiative Initiative, IReadOnlyList<RoundPage> Rounds, int MinimumReviews)
{
    public RoundPage? Open => Rounds.FirstOrDefault(r => r.Round.IsOpen);
}

/// <summary>A round with its reviewers by name, the submitted reviews' aggregates and the grid's suggestion.</summary>
public sealed record RoundPage(ReviewRound Round, EvaluationGrid Grid, GridSummary Summary, IReadOnlyList<NamedAssignment> Assignments,
    EvidenceLevel SuggestedEvidence)
{
    public IReadOnlyList<NamedAssignment> Reviewed => Assignments.Where(a => a.Review is not null).ToList();
}

/// <summary>An assignment as the editor sees it: who, and their submitted review (null until submitted).</summary>
public sealed record NamedAssignment(ReviewAssignment Assignment, string ReviewerName, string? Organisation, Review? Review, double? WeightedTotal);
