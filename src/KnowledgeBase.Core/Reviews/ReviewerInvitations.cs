using System.Globalization;
using KnowledgeBase.Core.Accounts;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// The editor's side of assigning reviewers: candidates with their load, history and
/// conflicts of interest; inviting several at once; re-inviting the previous round's reviewers;
/// withdrawing an invitation.
/// </summary>
public sealed class ReviewerInvitations(KnowledgeBaseDbContext db, RoundLifecycle rounds, ReviewNotifier notifier, TimeProvider clock,
    IOptions<ReviewOptions> options)
{
    public const int MaxDueInDays = 365;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The due date proposed in the form.</summary>
    public DateOnly DefaultDueDate => Today.AddDays(options.Value.DefaultDueInDays);

    /// <summary>What the assignment page shows, or null when the write-up does not exist.</summary>
    public AssignmentPage? Page(long initiativeId, Actor actor)
    {
        if (!actor.IsEditor) return null;
        var initiative = LoadInitiative(initiativeId);
        if (initiative is null) return null;
        var open = rounds.OpenRound(initiativeId);
        var previous = PreviousRoundReviewers(initiativeId, open);
        return new AssignmentPage(initiative, open?.Number, Candidates(initiative, open), previous, DefaultDueDate);
    }

    /// <summary>How many reviewers of the previous round can be re-invited in one click.</summary>
    public int PreviousReviewerCount(long initiativeId, Actor actor) =>
        actor.IsEditor ? PreviousRoundReviewers(initiativeId, rounds.OpenRound(initiativeId)).Count : 0;

    /// <summary>
    /// Invites reviewers into the write-up's open round (opening round n + 1 if none is open).
    /// All or nothing: if one reviewer is refused (conflict of interest, not a reviewer, already
    /// asked, bad due date), nobody is invited and every refusal is given with its reason.
    /// </summary>
    public ReviewOutcome Assign(long initiativeId, IReadOnlyList<Invitation> invitations, Actor actor)
    {
        if (!actor.IsEditor) return ReviewOutcome.Of(OutcomeKind.Forbidden);
        var initiative = LoadInitiative(initiativeId);
        if (initiative is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (initiative.State != WorkflowState.UnderReview)
            return ReviewOutcome.NotAllowed("Les évaluateurs s'assignent quand la fiche est en évaluation : envoyez-la d'abord en évaluation.");
        var wanted = invitations.Where(i => !string.IsNullOrWhiteSpace(i.ReviewerId)).DistinctBy(i => i.ReviewerId).ToList();
        if (wanted.Count == 0) return ReviewOutcome.Invalid("", "Choisissez au moins un évaluateur ou une évaluatrice.");

        var open = rounds.OpenRound(initiativeId);
        var problems = new List<ReviewProblem>();
        var members = Reviewers(wanted.Select(w => w.ReviewerId).ToList());
        var authors = RevisionAuthors(initiativeId);
        foreach (var invitation in wanted)
        {
            if (!members.TryGetValue(invitation.ReviewerId, out var member))
            {
                problems.Add(new(invitation.ReviewerId, "Ce membre n'a pas le rôle d'évaluateur ou d'évaluatrice."));
                continue;
            }
            problems.AddRange(DueDateProblems(invitation.ReviewerId, invitation.DueDate));
            foreach (var reason in ConflictOfInterest.Between(member, initiative, initiative.CurrentRevision!.Content, authors))
                problems.Add(new(invitation.ReviewerId, $"{member.DisplayName} : conflit d'intérêts – {reason}"));
            if (open?.Assignments.FirstOrDefault(a => a.ReviewerId == invitation.ReviewerId) is { } existing)
            {
                if (existing.State == AssignmentState.Declined)
                    problems.Add(new(invitation.ReviewerId, $"{member.DisplayName} a décliné l'invitation pour ce tour."));
                else if (existing.State != AssignmentState.Withdrawn)
                    problems.Add(new(invitation.ReviewerId, $"{member.DisplayName} est déjà sollicité·e pour ce tour."));
            }
        }
        if (problems.Count > 0) return ReviewOutcome.Invalid(problems);

        using var transaction = db.Database.BeginTransaction();
        open ??= rounds.OpenNext(initiative, actor);
        var now = clock.GetUtcNow().UtcDateTime;
        var invited = new List<ReviewAssignment>();
        foreach (var invitation in wanted)
        {
            var assignment = open.Assignments.FirstOrDefault(a => a.ReviewerId == invitation.ReviewerId);
            if (assignment is null)
            {
                assignment = new ReviewAssignment { ReviewerId = invitation.ReviewerId, InitiativeId = initiativeId };
                open.Assignments.Add(assignment);
            }
            assignment.State = AssignmentState.Invited;
            assignment.InvitedById = actor.MemberId;
            assignment.InvitedAt = now;
            assignment.DueDate = invitation.DueDate!.Value;
            assignment.RespondedAt = null;
            assignment.NoConflictDeclaredAt = null;
            assignment.Version = Guid.NewGuid();
            invited.Add(assignment);
        }
        try
        {
            db.SaveChanges();
            var title = Title(initiative);
            foreach (var assignment in invited) NotifyInvited(assignment, title);
            db.SaveChanges();
            transaction.Commit();
        }
        catch (DbUpdateException)
        {
            // Another editor opened the round or invited the same person at the same moment.
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, [new("", "Quelqu'un a assigné des évaluateurs à cette fiche entre-temps : vérifiez la liste et recommencez.")]);
        }
        return ReviewOutcome.Done;
    }

    /// <summary>
    /// Invites into a new round, in one call, the reviewers of the previous round who did not
    /// decline. Those who now have a conflict of interest are left out and listed.
    /// </summary>
    public (ReviewOutcome Outcome, int Invited, IReadOnlyList<ReviewProblem> LeftOut) ReinvitePrevious(long initiativeId, DateOnly dueDate, Actor actor)
    {
        if (!actor.IsEditor) return (ReviewOutcome.Of(OutcomeKind.Forbidden), 0, []);
        var initiative = LoadInitiative(initiativeId);
        if (initiative is null) return (ReviewOutcome.Of(OutcomeKind.NotFound), 0, []);
        var open = rounds.OpenRound(initiativeId);
        var previous = PreviousRoundReviewers(initiativeId, open);
        if (previous.Count == 0)
            return (ReviewOutcome.NotAllowed("Aucun évaluateur d'un tour précédent à réinviter."), 0, []);
        var leftOut = new List<ReviewProblem>();
        var members = Reviewers(previous);
        var authors = RevisionAuthors(initiativeId);
        var invitations = new List<Invitation>();
        foreach (var id in previous)
        {
            if (!members.TryGetValue(id, out var member))
            {
                leftOut.Add(new(id, "Un membre du tour précédent n'a plus le rôle d'évaluateur."));
                continue;
            }
            var conflicts = ConflictOfInterest.Between(member, initiative, initiative.CurrentRevision!.Content, authors);
            if (conflicts.Count > 0) leftOut.Add(new(id, $"{member.DisplayName} : conflit d'intérêts – {string.Join(" ", conflicts)}"));
            else if (open?.Assignments.Any(a => a.ReviewerId == id && a.State != AssignmentState.Withdrawn) == true) continue;
            else invitations.Add(new Invitation(id, dueDate));
        }
        if (invitations.Count == 0)
            return (leftOut.Count > 0 ? ReviewOutcome.Invalid(leftOut) : ReviewOutcome.NotAllowed("Les évaluateurs du tour précédent sont déjà invités."), 0, leftOut);
        var outcome = Assign(initiativeId, invitations, actor);
        return (outcome, outcome.Succeeded ? invitations.Count : 0, leftOut);
    }

    /// <summary>Withdraws an invitation that is still waiting (the reviewer is told in the app).</summary>
    public ReviewOutcome Withdraw(long initiativeId, long assignmentId, Actor actor)
    {
        if (!actor.IsEditor) return ReviewOutcome.Of(OutcomeKind.Forbidden);
        var assignment = db.ReviewAssignments.Include(a => a.Round)
            .SingleOrDefault(a => a.Id == assignmentId && a.InitiativeId == initiativeId);
        if (assignment is null) return ReviewOutcome.Of(OutcomeKind.NotFound);
        if (!assignment.IsOpen || assignment.Round!.ClosedAt is not null)
            return ReviewOutcome.NotAllowed("Cette invitation n'est plus en attente : elle ne peut pas être retirée.");
        assignment.State = AssignmentState.Withdrawn;
        assignment.Version = Guid.NewGuid();
        var title = db.Revisions.Where(r => r.Id == assignment.Round.RevisionId).Select(r => r.Content).Single().Title;
        notifier.Queue(assignment.ReviewerId, null, $"L'équipe éditoriale a retiré son invitation à évaluer « {title} ».", "/evaluations");
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(OutcomeKind.Conflict, [new("", "Le relecteur ou la relectrice a répondu entre-temps : rechargez la page.")]);
        }
        return ReviewOutcome.Done;
    }

    /// <summary>Members with the Reviewer role, with their load, history and any conflict of interest.</summary>
    private List<Candidate> Candidates(Initiative initiative, ReviewRound? open)
    {
        var reviewerIds = MembersInRole(Roles.Reviewer);
        var members = db.Users.AsNoTracking().Where(u => reviewerIds.Contains(u.Id)).ToList();
        var assignments = db.ReviewAssignments.AsNoTracking()
            .Where(a => reviewerIds.Contains(a.ReviewerId))
            .Select(a => new { a.ReviewerId, a.InitiativeId, a.State, a.InvitedAt, Round = a.Round!.Number })
            .ToList();
        var titles = Titles(assignments.Select(a => a.InitiativeId).Distinct().ToList());
        var authors = RevisionAuthors(initiative.Id);
        return members.Select(m =>
        {
            var mine = assignments.Where(a => a.ReviewerId == m.Id).OrderByDescending(a => a.InvitedAt).ToList();
            return new Candidate(
                m.Id, m.DisplayName, m.Organisation,
                mine.Count(a => a.State is AssignmentState.Invited or AssignmentState.Accepted),
                mine.Count(a => a.State == AssignmentState.Submitted),
                mine.Count(a => a.State == AssignmentState.Declined),
                ConflictOfInterest.Between(m, initiative, initiative.CurrentRevision!.Content, authors),
                open?.Assignments.FirstOrDefault(a => a.ReviewerId == m.Id)?.State,
                mine.Take(5).Select(a => new HistoryEntry(titles.GetValueOrDefault(a.InitiativeId, "?"), a.Round, a.State, a.InvitedAt)).ToList());
        })
        .OrderBy(c => c.Conflicts.Count > 0).ThenBy(c => c.Open).ThenBy(c => c.DisplayName, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
        .ToList();
    }

    /// <summary>Reviewers of the latest closed round who did not decline, unless the open round is not the next one.</summary>
    private List<string> PreviousRoundReviewers(long initiativeId, ReviewRound? open)
    {
        var previous = db.ReviewRounds.AsNoTracking().Include(r => r.Assignments)
            .Where(r => r.InitiativeId == initiativeId && r.ClosedAt != null)
            .OrderByDescending(r => r.Number).FirstOrDefault();
        if (previous is null) return [];
        return previous.Assignments
            .Where(a => a.State is AssignmentState.Submitted or AssignmentState.Accepted
                        || a.State == AssignmentState.Withdrawn && a.RespondedAt != null)
            .Where(a => open is null || !open.Assignments.Any(o => o.ReviewerId == a.ReviewerId && o.State != AssignmentState.Withdrawn))
            .Select(a => a.ReviewerId).Distinct().ToList();
    }

    private void NotifyInvited(ReviewAssignment assignment, string title)
    {
        var due = assignment.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var url = $"/evaluations/{assignment.Id}";
        notifier.Queue(assignment.ReviewerId, null,
            $"Invitation à évaluer « {title} » (date limite : {due}).", url,
            $"KnowledgeBase – invitation à évaluer « {title} »",
            $"Bonjour,\n\nL'équipe éditoriale vous invite à évaluer la fiche « {title} » avec la grille d'évaluation du site.\n"
            + $"Date limite : {due}.\n\nAcceptez ou déclinez l'invitation : {notifier.Link(url)}\n");
    }

    private IEnumerable<ReviewProblem> DueDateProblems(string reviewerId, DateOnly? due)
    {
        if (due is not { } date) yield return new(reviewerId, "Indiquez une date limite.");
        else if (date <= Today) yield return new(reviewerId, "La date limite doit être postérieure à aujourd'hui.");
        else if (date > Today.AddDays(MaxDueInDays)) yield return new(reviewerId, "La date limite doit être dans moins d'un an.");
    }

    private Initiative? LoadInitiative(long id) =>
        db.Initiatives.AsNoTracking().Include(i => i.CurrentRevision).SingleOrDefault(i => i.Id == id);

    private Dictionary<string, Member> Reviewers(IReadOnlyCollection<string> ids)
    {
        var reviewers = MembersInRole(Roles.Reviewer);
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && reviewers.Contains(u.Id)).ToDictionary(u => u.Id);
    }

    private List<string> MembersInRole(string role) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         where r.Name == role
         select userRole.UserId).ToList();

    private List<string?> RevisionAuthors(long initiativeId) =>
        db.Revisions.Where(r => r.InitiativeId == initiativeId && r.SavedById != null).Select(r => r.SavedById).Distinct().ToList();

    private Dictionary<long, string> Titles(List<long> initiativeIds) =>
        db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id))
            .Select(i => new { i.Id, i.CurrentRevision!.Content }).AsEnumerable()
            .ToDictionary(i => i.Id, i => i.Content.Title);

    private static string Title(Initiative initiative) =>
        initiative.CurrentRevision?.Content.Title is { Length: > 0 } t ? t : initiative.Slug;
}

/// <summary>A reviewer to invite, with the due date chosen for them.</summary>
public sealed record Invitation(string ReviewerId, DateOnly? DueDate);

/// <summary>A member who can be asked to review, as the editor sees them.</summary>
public sealed record Candidate(
    string Id,
    string DisplayName,
    string? Organisation,
    int Open,
    int Completed,
    int Declined,
    IReadOnlyList<string> Conflicts,
    AssignmentState? InOpenRound,
    IReadOnlyList<HistoryEntry> History)
{
    /// <summary>Can be invited now: no conflict, and not already waiting on or done with this round.</summary>
    public bool CanBeInvited => Conflicts.Count == 0 && InOpenRound is null or AssignmentState.Withdrawn;
}

public sealed record HistoryEntry(string Title, int Round, AssignmentState State, DateTime InvitedAt);

public sealed record AssignmentPage(Initiative Initiative, int? OpenRound, IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<string> PreviousReviewers, DateOnly DefaultDueDate);
