namespace KnowledgeBase.Core.Dossiers;

/// <summary>
/// Read side of the dossiers visitors see: published ones only, each showing only the
/// write-ups of its published revision that are public now (an archived write-up leaves the
/// dossier, never as a broken link).
/// </summary>
public sealed class PublishedDossiers(KnowledgeBaseDbContext db, PublishedInitiatives initiatives)
{
    private IQueryable<Dossier> Visible =>
        db.Dossiers.AsNoTracking().Where(Dossier.Public);

    /// <summary>Every published dossier, newest publication first, with the number of write-ups it shows.</summary>
    public IReadOnlyList<DossierCardView> List(int? count = null)
    {
        var query = Visible.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id)
            .Select(d => new DossierCardView(d.Id, d.Slug, d.Card!.Title, d.Card.Teaser,
                d.Citations.Count(c => db.Initiatives.Where(Initiative.Public).Any(i => i.Id == c.InitiativeId)),
                d.IsExample, d.PublishedAt, d.Card.ChangedAt));
        return (count is { } n ? query.Take(n) : query).ToList();
    }

    /// <summary>Published dossiers by id (featured items), in no particular order.</summary>
    public IReadOnlyList<DossierCardView> Cards(IReadOnlyCollection<long> ids) =>
        ids.Count == 0 ? [] : [.. List().Where(d => ids.Contains(d.Id))];

    /// <summary>The published dossier with its public write-ups in order, or null (unknown, draft or withdrawn).</summary>
    public PublishedDossier? Find(string slug)
    {
        if (!Slugs.IsValid(slug)) return null;
        var dossier = Visible.Include(d => d.PublishedRevision).SingleOrDefault(d => d.Slug == slug);
        return dossier is null ? null : Resolve(dossier);
    }

    /// <summary>Every published dossier in full (the API's list and the feed), newest change first.</summary>
    /// <remarks>Read in full before resolving: each dossier's write-ups are a query of their own, and
    /// PostgreSQL runs one command at a time on a connection.</remarks>
    public IReadOnlyList<PublishedDossier> All() =>
        [.. Visible.Include(d => d.PublishedRevision).OrderByDescending(d => d.Card!.ChangedAt).ThenByDescending(d => d.Id).ToList().Select(Resolve)];

    /// <summary>The published dossiers citing a write-up (its page links to them), in title order.</summary>
    public IReadOnlyList<DossierLink> Citing(long initiativeId) =>
        Visible.Where(d => d.Citations.Any(c => c.InitiativeId == initiativeId))
            .OrderBy(d => d.Card!.Title).Select(d => new DossierLink(d.Slug, d.Card!.Title)).ToList();

    private PublishedDossier Resolve(Dossier dossier)
    {
        var content = dossier.PublishedRevision!.Content;
        var cards = initiatives.Cards(content.Items.Select(i => i.InitiativeId).ToList()).ToDictionary(c => c.Id);
        var items = content.Items.Where(i => cards.ContainsKey(i.InitiativeId)).Select(i => new PublishedDossierItem(cards[i.InitiativeId], i.Note)).ToList();
        return new PublishedDossier(dossier, dossier.PublishedRevision, items);
    }
}

/// <summary>A dossier in a list.</summary>
public sealed record DossierCardView(long Id, string Slug, string Title, string Teaser, int ItemCount, bool IsExample, DateTime? PublishedAt, DateTime ChangedAt);

/// <summary>A published dossier, its published revision, and the write-ups of it that are public, in order.</summary>
public sealed record PublishedDossier(Dossier Dossier, DossierRevision Revision, IReadOnlyList<PublishedDossierItem> Items)
{
    public DossierContent Content => Revision.Content;
}

/// <summary>A public write-up of a dossier and the editor's note on it.</summary>
public sealed record PublishedDossierItem(InitiativeCard Initiative, string Note);

/// <summary>A link to a dossier.</summary>
public sealed record DossierLink(string Slug, string Title);
