namespace KnowledgeBase.Core.Initiatives;

/// <summary>
/// A write-up ("fiche d'expérience") as a stable identity: its slug, workflow state and the
/// pointers to its revisions. The content itself lives in immutable <see cref="Revision"/>s.
/// </summary>
public class Initiative
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public WorkflowState State { get; set; } = WorkflowState.Draft;
    public EvidenceLevel EvidenceLevel { get; set; } = EvidenceLevel.Emerging;

    /// <summary>Illustrative example shipped in <c>content/</c>: the site says so on the page.</summary>
    public bool IsExample { get; set; }

    /// <summary>The member who created it and may edit it; null after their account is deleted.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Organisation credited when an author's account is deleted.</summary>
    public string? CreditedOrganisation { get; set; }

    /// <summary>
    /// What lists and browse pages show and filter on, copied from the published revision when
    /// it is published, so that listing needs no revision join.
    /// </summary>
    public PublicCard? Card { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>The newest revision: what authors and editors work on.</summary>
    public long? CurrentRevisionId { get; set; }
    public Revision? CurrentRevision { get; set; }

    /// <summary>The revision visitors see; stays online while a newer one goes through the workflow.</summary>
    public long? PublishedRevisionId { get; set; }
    public Revision? PublishedRevision { get; set; }

    public List<Revision> Revisions { get; set; } = [];
    public List<WorkflowTransition> Transitions { get; set; } = [];

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// Visible to the public: it has a published revision and is not archived. A published
    /// write-up under revision stays visible (its working revision is not).
    /// </summary>
    public bool IsPublic => IsPublicNow(this);

    /// <summary><see cref="IsPublic"/> for a database query: the one place the rule is written.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Initiative, bool>> Public =
        i => i.PublishedRevisionId != null && i.State != WorkflowState.Archived;

    private static readonly Func<Initiative, bool> IsPublicNow = Public.Compile();

    /// <summary>
    /// Moves the write-up to <paramref name="to"/> with its history row: a state never changes
    /// without one. Which moves are allowed is <see cref="WorkflowRules"/>'s to say.
    /// </summary>
    public void MoveTo(WorkflowState to, string? actorId, string? message, DateTime now)
    {
        Transitions.Add(new WorkflowTransition
        {
            From = State, To = to, ActorId = actorId, At = now,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        });
        State = to;
    }

    /// <summary>
    /// A first draft never submitted: it belongs to its author alone, editors included
    /// (PRODUCT.md: drafts stay private until submitted).
    /// </summary>
    public bool IsPrivateDraft => State == WorkflowState.Draft && SubmittedAt is null && PublishedRevisionId is null;
}
