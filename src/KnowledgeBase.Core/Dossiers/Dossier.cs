namespace KnowledgeBase.Core.Dossiers;

/// <summary>
/// A dossier as a stable identity: an editorial collection of published write-ups with an
/// introduction and recommendations ("préconisations"), written by editors. Like a write-up,
/// its content lives in immutable <see cref="DossierRevision"/>s; the published one stays
/// online while a newer one is being written.
/// </summary>
public class Dossier
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public DossierState State { get; set; } = DossierState.Draft;

    /// <summary>Illustrative example shipped in <c>content/dossiers</c>.</summary>
    public bool IsExample { get; set; }

    /// <summary>The editor who started it; null for imports and deleted accounts.</summary>
    public string? CreatedById { get; set; }

    /// <summary>What lists show, copied from the published revision when it is published.</summary>
    public DossierCard? Card { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>The newest revision: what editors work on.</summary>
    public long? CurrentRevisionId { get; set; }
    public DossierRevision? CurrentRevision { get; set; }

    /// <summary>The revision visitors see.</summary>
    public long? PublishedRevisionId { get; set; }
    public DossierRevision? PublishedRevision { get; set; }

    public List<DossierRevision> Revisions { get; set; } = [];

    /// <summary>The write-ups the published revision cites, in order (a copy, for queries).</summary>
    public List<DossierCitation> Citations { get; set; } = [];

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsPublic => IsPublicNow(this);

    /// <summary><see cref="IsPublic"/> for a database query: the one place the rule is written.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Dossier, bool>> Public =
        d => d.PublishedRevisionId != null && d.State == DossierState.Published;

    private static readonly Func<Dossier, bool> IsPublicNow = Public.Compile();

    /// <summary>A revision newer than the published one waits to be published.</summary>
    public bool HasUnpublishedChanges => PublishedRevisionId is not null && CurrentRevisionId != PublishedRevisionId;
}

public enum DossierState
{
    /// <summary>Never published: seen by editors only.</summary>
    Draft,

    /// <summary>Online at /dossiers/{slug}.</summary>
    Published,

    /// <summary>Taken offline by an editor; can be published again.</summary>
    Withdrawn,
}

/// <summary>The published revision's fields that lists need.</summary>
public class DossierCard
{
    public string Title { get; set; } = "";

    /// <summary>The introduction's first sentences, plain text.</summary>
    public string Teaser { get; set; } = "";

    /// <summary>Number of write-ups the published revision cites.</summary>
    public int ItemCount { get; set; }

    /// <summary>When this revision was published: what the public last saw change (feeds, API).</summary>
    public DateTime ChangedAt { get; set; }
}

/// <summary>
/// A write-up cited by a dossier's published revision, at its place in the dossier: what the
/// write-up's page ("cited in") and the archiving of a write-up look up. Replaced at each
/// publication; the revision remains the record.
/// </summary>
public class DossierCitation
{
    public long DossierId { get; set; }
    public long InitiativeId { get; set; }
    public int Position { get; set; }
}
