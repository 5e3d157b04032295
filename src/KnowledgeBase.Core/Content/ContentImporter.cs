using KnowledgeBase.Core.Curation;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Imports content/ into the database: taxonomies, synonym groups and territories, then
/// write-ups, then dossiers (which cite write-ups). Idempotent: an unchanged file adds nothing;
/// a changed one adds a revision. Each write-up and dossier is saved in one transaction, so a
/// failing file leaves nothing behind and the others still import. A dossier passes the same
/// checks as an editor's (<see cref="DossierValidator"/>).
/// </summary>
public sealed class ContentImporter(KnowledgeBaseDbContext db, CatalogCache catalogCache, DossierEditing dossiers, TimeProvider clock)
{
    public const string DossiersFolder = "dossiers";

    public ImportReport Import(string contentRoot)
    {
        ImportTaxonomies(contentRoot);
        var catalog = catalogCache.Get(db);
        var report = new ImportReport();
        var folder = Path.Combine(contentRoot, "initiatives");
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            ImportOne(Path.GetFileName(path), path, report, (name, text) => ImportFile(name, text, catalog, report));
        var dossierFolder = Path.Combine(contentRoot, DossiersFolder);
        if (Directory.Exists(dossierFolder))
            foreach (var path in Directory.EnumerateFiles(dossierFolder, "*.md").Order(StringComparer.Ordinal))
                ImportOne($"{DossiersFolder}/{Path.GetFileName(path)}", path, report, (name, text) => ImportDossier(name, text, report));
        return report;
    }

    private void ImportOne(string name, string path, ImportReport report, Action<string, string> import)
    {
        try
        {
            // Imported text obeys the same rules as typed text (no control nor bidi override characters).
            import(name, TextHygiene.Clean(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is IOException or DbUpdateException or InvalidOperationException)
        {
            report.Errors.Add(new ImportError(name, e.Message));
        }
        finally
        {
            // Each file stands alone; a growing change tracker would make the import quadratic.
            db.ChangeTracker.Clear();
        }
    }

    private void ImportFile(string name, string text, Catalog catalog, ImportReport report)
    {
        var (file, problems) = InitiativeFile.Parse(name, text);
        if (file is null)
        {
            report.Errors.Add(new ImportError(name, string.Join(" ", problems)));
            return;
        }
        // The base's own files may carry terms retired since; merged ones are read as their target.
        var invalid = ContentValidator.Validate(file.Content, catalog, acceptRetired: true);
        if (invalid.Count > 0)
        {
            report.Errors.Add(new ImportError(name, string.Join(" ", invalid.Select(p => p.Message))));
            return;
        }

        var hash = Hash(file);
        var now = clock.GetUtcNow().UtcDateTime;
        var initiative = db.Initiatives.Include(i => i.CurrentRevision).SingleOrDefault(i => i.Slug == file.Slug);
        if (initiative?.CurrentRevision?.ContentHash == hash)
        {
            report.Unchanged.Add(name);
            return;
        }

        var isNew = initiative is null;
        var content = catalog.Canonical(file.Content);
        initiative ??= new Initiative { Slug = file.Slug, CreatedAt = file.PublishedAt };
        var revision = new Revision
        {
            Number = isNew ? 1 : db.Revisions.Where(r => r.InitiativeId == initiative.Id).Max(r => r.Number) + 1,
            CreatedAt = now,
            ContentHash = hash,
            Content = content,
        };
        // The revision needs the write-up's id and the write-up points back to its revision:
        // two saves, one transaction, so a failure leaves nothing half-written.
        using var transaction = db.Database.BeginTransaction();
        initiative.Revisions.Add(revision);
        if (isNew) db.Initiatives.Add(initiative);
        db.SaveChanges();

        initiative.CurrentRevision = revision;
        initiative.PublishedRevision = revision;
        initiative.Card = PublicCard.From(content);
        initiative.IsExample = file.IsExample;
        initiative.EvidenceLevel = file.EvidenceLevel;
        initiative.PublishedAt = file.PublishedAt;
        initiative.UpdatedAt = now;
        initiative.Version = Guid.NewGuid();
        if (WorkflowRules.Import(initiative.State) is { } publish)
            initiative.MoveTo(publish.To, null, $"Importée depuis content/initiatives/{name}", now);
        db.IndexTasks.Add(IndexTask.ForInitiative(initiative.Id, now));
        db.SaveChanges();
        transaction.Commit();
        (isNew ? report.Created : report.Updated).Add(name);
    }

    private void ImportDossier(string name, string text, ImportReport report)
    {
        var (file, problems) = DossierFile.Parse(Path.GetFileName(name), text);
        if (file is null)
        {
            report.Errors.Add(new ImportError(name, string.Join(" ", problems)));
            return;
        }
        var slugs = file.Items.Select(i => i.Initiative).Distinct().ToList();
        var ids = db.Initiatives.AsNoTracking().Where(i => slugs.Contains(i.Slug)).ToDictionary(i => i.Slug, i => i.Id);
        var content = file.ToContent(ids);
        var unknown = file.Items.Where(i => !ids.ContainsKey(i.Initiative)).Select(i => $"fiche inconnue : « {i.Initiative} ».");
        var invalid = DossierValidator.Validate(content, dossiers.PublicTitles(content), forPublication: true);
        if (unknown.Any() || invalid.Count > 0)
        {
            report.Errors.Add(new ImportError(name, string.Join(" ", unknown.Concat(invalid.Select(p => p.Message)))));
            return;
        }

        // What the file says, by slug: the same file imported into another base hashes the same.
        var hash = ContentHashes.Of(new
        {
            file.Title, file.Introduction, file.Recommendations, Items = file.Items.Select(i => new { i.Initiative, i.Note }), file.IsExample, file.PublishedAt,
        });
        var dossier = db.Dossiers.Include(d => d.CurrentRevision).Include(d => d.Citations).SingleOrDefault(d => d.Slug == file.Slug);
        if (dossier?.CurrentRevision?.ContentHash == hash && dossier.IsPublic)
        {
            report.Unchanged.Add(name);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = dossier is null;
        dossier ??= new Dossier { Slug = file.Slug, CreatedAt = file.PublishedAt ?? now };
        var revision = DossierEditing.NewRevision(content, null,
            isNew ? 1 : db.DossierRevisions.Where(r => r.DossierId == dossier.Id).Max(r => r.Number) + 1, now);
        revision.ContentHash = hash;
        using var transaction = db.Database.BeginTransaction();
        dossier.Revisions.Add(revision);
        if (isNew) db.Dossiers.Add(dossier);
        db.SaveChanges();
        dossier.CurrentRevision = revision;
        dossier.IsExample = file.IsExample;
        if (file.PublishedAt is { } published) dossier.PublishedAt = published;
        dossier.UpdatedAt = now;
        dossier.Version = Guid.NewGuid();
        dossiers.Publish(dossier, revision, now);
        db.SaveChanges();
        transaction.Commit();
        (isNew ? report.Created : report.Updated).Add(name);
    }

    private void ImportTaxonomies(string contentRoot)
    {
        var terms = TaxonomyFiles.ReadTerms(contentRoot);
        var existing = db.TaxonomyTerms.ToDictionary(t => (t.Kind, t.Slug));
        foreach (var term in terms)
        {
            if (existing.TryGetValue((term.Kind, term.Slug), out var known))
            {
                known.LabelFr = term.LabelFr; known.LabelEn = term.LabelEn; known.Position = term.Position;
                known.DescriptionFr = term.DescriptionFr; known.DescriptionEn = term.DescriptionEn;
                // The file says whether the term is retired or merged; the date of a retirement already known stays.
                known.RetiredAt = term.RetiredAt is null ? null : known.RetiredAt ?? clock.GetUtcNow().UtcDateTime;
                known.MergedIntoSlug = term.MergedIntoSlug;
            }
            else
            {
                if (term.RetiredAt is not null) term.RetiredAt = clock.GetUtcNow().UtcDateTime;
                db.TaxonomyTerms.Add(term);
            }
        }
        ImportSynonyms(contentRoot);
        var regions = db.Regions.ToDictionary(r => r.Code);
        foreach (var region in TaxonomyFiles.ReadRegions(contentRoot))
            if (regions.TryGetValue(region.Code, out var known)) known.Name = region.Name;
            else db.Regions.Add(region);
        var departements = db.Departements.ToDictionary(d => d.Code);
        foreach (var departement in TaxonomyFiles.ReadDepartements(contentRoot))
            if (departements.TryGetValue(departement.Code, out var known)) { known.Name = departement.Name; known.RegionCode = departement.RegionCode; }
            else db.Departements.Add(departement);
        LogVocabularyChanges();
        // Every node reads the vocabulary and the synonyms again, if they changed.
        if (db.ChangeTracker.HasChanges()) db.IndexTasks.Add(IndexTask.ForVocabulary(clock.GetUtcNow().UtcDateTime));
        db.SaveChanges();
        catalogCache.Invalidate();
    }

    /// <summary>
    /// An import changes the vocabulary and synonyms too (the files replace what editors did in
    /// the site since the last export): the editorial log says so, with no one as the author.
    /// </summary>
    private void LogVocabularyChanges()
    {
        var terms = db.ChangeTracker.Entries<TaxonomyTerm>().ToList();
        var (added, changed) = (terms.Count(e => e.State == EntityState.Added), terms.Count(e => e.State == EntityState.Modified));
        var now = clock.GetUtcNow().UtcDateTime;
        if (added + changed > 0)
            db.EditorialLog.Add(new EditorialLogEntry
            {
                At = now, Area = EditorialAreas.Vocabulary,
                Text = $"Vocabulaire importé depuis content/taxonomy : {Plural.Of("aucun terme ajouté|1 terme ajouté|{0} termes ajoutés", added)}, {Plural.Of("aucun modifié|1 modifié|{0} modifiés", changed)}.",
            });
        if (db.ChangeTracker.Entries<SynonymGroup>().Any(e => e.State == EntityState.Added))
            db.EditorialLog.Add(new EditorialLogEntry
            {
                At = now, Area = EditorialAreas.Synonyms,
                Text = "Synonymes importés depuis content/taxonomy/synonyms.yml : " + Plural.Of("aucun groupe.|1 groupe.|{0} groupes.", db.ChangeTracker.Entries<SynonymGroup>().Count(e => e.State == EntityState.Added)),
            });
    }

    /// <summary>The file's groups replace the database's, in its order (when the file exists).</summary>
    private void ImportSynonyms(string contentRoot)
    {
        if (!File.Exists(Path.Combine(contentRoot, "taxonomy", "synonyms.yml"))) return;
        var groups = TaxonomyFiles.ReadSynonyms(contentRoot)
            .Select(g => g.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList()).Where(g => g.Count >= 2).ToList();
        var current = db.SynonymGroups.OrderBy(g => g.Position).ThenBy(g => g.Id).ToList();
        if (current.Select(g => g.Expressions).SequenceEqual(groups, ListComparer.Instance)) return;
        db.SynonymGroups.RemoveRange(current);
        db.SynonymGroups.AddRange(groups.Select((g, i) => new SynonymGroup { Position = i + 1, Expressions = g }));
    }

    private static string Hash(InitiativeFile file) =>
        ContentHashes.Of(new { file.Content, file.IsExample, file.EvidenceLevel, file.PublishedAt });

    private sealed class ListComparer : IEqualityComparer<List<string>>
    {
        public static readonly ListComparer Instance = new();
        public bool Equals(List<string>? a, List<string>? b) => a is not null && b is not null && a.SequenceEqual(b, StringComparer.Ordinal);
        public int GetHashCode(List<string> list) => list.Count;
    }
}
