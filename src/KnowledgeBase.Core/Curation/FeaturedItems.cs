using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Indexing;

namespace KnowledgeBase.Core.Curation;

/// <summary>
/// What the home page shows "À la une": write-ups and dossiers chosen by editors, in their
/// order, each until an optional last day. Only public ones are shown (an archived write-up or
/// a withdrawn dossier disappears from the home page by itself). Every change is logged and
/// queues a pages task, so that every node evicts its kept home page.
/// </summary>
public sealed class FeaturedItems(KnowledgeBaseDbContext db, PublishedInitiatives initiatives, PublishedDossiers dossiers,
    EditorialLog log, TimeProvider clock)
{
    public const int MaxItems = 12;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>What the home page shows now, in order: public and not past their last day.</summary>
    public IReadOnlyList<Featured> Current() => [.. Resolve(Rows().Where(f => f.EndsOn == null || f.EndsOn >= Today).ToList()).Where(f => f.IsPublic)];

    /// <summary>Every featured item for the editors, in order, with whether the home page shows it.</summary>
    public IReadOnlyList<Featured> All() => Resolve(Rows().ToList());

    /// <summary>Features a public write-up or dossier at the end of the order.</summary>
    public EditOutcome Add(FeaturedTarget target, DateOnly? endsOn, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var (title, isPublic) = Describe(target);
        if (title is null || !isPublic)
            return EditOutcome.Invalid("target", "Seules une fiche publiée ou un dossier publié peuvent être mis à la une.");
        if (endsOn is { } end && end < Today) return EditOutcome.Invalid("endsOn", "La date de fin est passée.");
        var featured = db.FeaturedItems.Where(f => target.Kind == FeaturedKind.Initiative ? f.InitiativeId == target.Id : f.DossierId == target.Id);
        if (featured.Any()) return EditOutcome.Invalid("target", $"« {title} » est déjà à la une.");
        if (db.FeaturedItems.Count() >= MaxItems) return EditOutcome.Invalid("target", $"La une compte déjà {MaxItems} éléments : retirez-en un d'abord.");
        var now = clock.GetUtcNow().UtcDateTime;
        db.FeaturedItems.Add(new FeaturedItem
        {
            InitiativeId = target.Kind == FeaturedKind.Initiative ? target.Id : null,
            DossierId = target.Kind == FeaturedKind.Dossier ? target.Id : null,
            Position = (db.FeaturedItems.Max(f => (int?)f.Position) ?? 0) + 1,
            EndsOn = endsOn, CreatedAt = now, CreatedById = actor.MemberId,
        });
        return Commit(actor, $"« {title} » mis à la une" + (endsOn is { } e ? $" jusqu'au {e:dd/MM/yyyy}." : "."), now);
    }

    /// <summary>Moves an item one place up (-1) or down (+1).</summary>
    public EditOutcome Move(long id, int direction, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var ordered = db.FeaturedItems.OrderBy(f => f.Position).ThenBy(f => f.Id).ToList();
        var index = ordered.FindIndex(f => f.Id == id);
        if (index < 0) return EditOutcome.NotFound;
        var other = index + Math.Sign(direction);
        if (direction == 0 || other < 0 || other >= ordered.Count) return EditOutcome.Done;
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i + 1;
        return Commit(actor, $"« {TitleOf(ordered[other])} » déplacé à la place {other + 1} de la une.", clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Sets or clears the last day an item is shown.</summary>
    public EditOutcome SetEnd(long id, DateOnly? endsOn, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var item = db.FeaturedItems.SingleOrDefault(f => f.Id == id);
        if (item is null) return EditOutcome.NotFound;
        if (endsOn is { } end && end < Today) return EditOutcome.Invalid("endsOn", "La date de fin est passée.");
        item.EndsOn = endsOn;
        return Commit(actor, $"« {TitleOf(item)} » à la une " + (endsOn is { } e ? $"jusqu'au {e:dd/MM/yyyy}." : "sans date de fin."), clock.GetUtcNow().UtcDateTime);
    }

    public EditOutcome Remove(long id, Actor actor)
    {
        if (!actor.IsEditor) return EditOutcome.Forbidden;
        var item = db.FeaturedItems.SingleOrDefault(f => f.Id == id);
        if (item is null) return EditOutcome.NotFound;
        var title = TitleOf(item);
        db.FeaturedItems.Remove(item);
        return Commit(actor, $"« {title} » retiré de la une.", clock.GetUtcNow().UtcDateTime);
    }

    private EditOutcome Commit(Actor actor, string text, DateTime now)
    {
        log.Add(EditorialAreas.Featured, actor, text);
        // No document changed, but the home page did, on every node.
        db.IndexTasks.Add(IndexTask.ForPages(now));
        db.SaveChanges();
        return EditOutcome.Done;
    }

    private IQueryable<FeaturedItem> Rows() => db.FeaturedItems.AsNoTracking().OrderBy(f => f.Position).ThenBy(f => f.Id);

    private List<Featured> Resolve(List<FeaturedItem> rows)
    {
        var writeUps = initiatives.Cards(rows.Where(r => r.InitiativeId is not null).Select(r => r.InitiativeId!.Value).ToList()).ToDictionary(c => c.Id);
        var collections = dossiers.Cards(rows.Where(r => r.DossierId is not null).Select(r => r.DossierId!.Value).ToList()).ToDictionary(d => d.Id);
        var titles = UnpublishedTitles(rows, writeUps.Keys, collections.Keys);
        return [.. rows.Select(r => new Featured(r.Id, r.EndsOn,
            r.InitiativeId is { } i ? writeUps.GetValueOrDefault(i) : null,
            r.DossierId is { } d ? collections.GetValueOrDefault(d) : null,
            (r.InitiativeId is { } ii ? writeUps.GetValueOrDefault(ii)?.Title : r.DossierId is { } dd ? collections.GetValueOrDefault(dd)?.Title : null)
                ?? titles.GetValueOrDefault(r.Id) ?? "?",
            r.EndsOn is null || r.EndsOn >= Today))];
    }

    /// <summary>
    /// The write-up or dossier at an address an editor typed: /initiatives/{slug},
    /// /dossiers/{slug}, the same as a full http(s) URL, or a bare slug; null when none.
    /// </summary>
    public FeaturedTarget? At(string? address)
    {
        var text = (address ?? "").Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") text = uri.AbsolutePath;
        var parts = text.Trim('/').Split('/');
        var (prefix, slug) = parts.Length == 2 ? (parts[0], parts[1]) : ("", parts[^1]);
        if (parts.Length > 2 || !Slugs.IsValid(slug)) return null;
        if (prefix is "" or "initiatives" && db.Initiatives.AsNoTracking().Where(i => i.Slug == slug).Select(i => (long?)i.Id).SingleOrDefault() is { } initiative)
            return new FeaturedTarget(FeaturedKind.Initiative, initiative);
        if (prefix is "" or "dossiers" && db.Dossiers.AsNoTracking().Where(d => d.Slug == slug).Select(d => (long?)d.Id).SingleOrDefault() is { } dossier)
            return new FeaturedTarget(FeaturedKind.Dossier, dossier);
        return null;
    }

    // Items whose write-up or dossier went offline keep a title for the editors' list.
    private Dictionary<long, string> UnpublishedTitles(List<FeaturedItem> rows, IEnumerable<long> publicWriteUps, IEnumerable<long> publicDossiers)
    {
        var titles = new Dictionary<long, string>();
        foreach (var row in rows.Where(r => r.InitiativeId is { } i && !publicWriteUps.Contains(i) || r.DossierId is { } d && !publicDossiers.Contains(d)))
            titles[row.Id] = TitleOf(row);
        return titles;
    }

    private string TitleOf(FeaturedItem item) =>
        Describe(item.InitiativeId is { } i ? new FeaturedTarget(FeaturedKind.Initiative, i) : new FeaturedTarget(FeaturedKind.Dossier, item.DossierId ?? 0)).Title ?? "?";

    private (string? Title, bool IsPublic) Describe(FeaturedTarget target)
    {
        if (target.Kind == FeaturedKind.Initiative)
        {
            var i = db.Initiatives.AsNoTracking().Where(x => x.Id == target.Id)
                .Select(x => new { Title = x.Card != null ? x.Card.Title : x.Slug, Public = db.Initiatives.Where(Initiative.Public).Any(p => p.Id == x.Id) })
                .SingleOrDefault();
            return (i?.Title, i?.Public == true);
        }
        var d = db.Dossiers.AsNoTracking().Where(x => x.Id == target.Id)
            .Select(x => new { Title = x.Card != null ? x.Card.Title : x.Slug, Public = db.Dossiers.Where(Dossier.Public).Any(p => p.Id == x.Id) })
            .SingleOrDefault();
        return (d?.Title, d?.Public == true);
    }
}

public enum FeaturedKind { Initiative, Dossier }

/// <summary>A write-up or a dossier, by id.</summary>
public sealed record FeaturedTarget(FeaturedKind Kind, long Id);

/// <summary>
/// A featured item: its write-up or dossier card when public (at most one is set), its title
/// in any case, its last day, and whether the home page shows it now.
/// </summary>
public sealed record Featured(long Id, DateOnly? EndsOn, InitiativeCard? Initiative, DossierCardView? Dossier, string Title, bool Running)
{
    public bool IsPublic => Initiative is not null || Dossier is not null;
}
