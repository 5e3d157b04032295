using KnowledgeBase.Core.Data;
using KnowledgeBase.Core.Indexing;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Imports content/ into the database: taxonomies and territories, then write-ups. Idempotent:
/// an unchanged file adds nothing; a changed one adds a revision. Each write-up is saved in
/// one SaveChanges, so a failing file leaves nothing behind and the others still import.
/// </summary>
public sealed class ContentImporter(KnowledgeBaseDbContext db, CatalogCache catalogCache, TimeProvider clock)
{
    public ImportReport Import(string contentRoot)
    {
        ImportTaxonomies(contentRoot);
        var catalog = catalogCache.Get(db);
        var report = new ImportReport();
        var folder = Path.Combine(contentRoot, "initiatives");
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            try
            {
                // Imported text obeys the same rules as typed text (no control nor bidi override characters).
                ImportFile(name, TextHygiene.Clean(File.ReadAllText(path)), catalog, report);
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
        return report;
    }

    private void ImportFile(string name, string text, Catalog catalog, ImportReport report)
    {
        var (file, problems) = InitiativeFile.Parse(name, text);
        if (file is null)
        {
            report.Errors.Add(new ImportError(name, string.Join(" ", problems)));
            return;
        }
        var invalid = ContentValidator.Validate(file.Content, catalog);
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
        initiative ??= new Initiative { Slug = file.Slug, CreatedAt = file.PublishedAt };
        var revision = new Revision
        {
            Number = isNew ? 1 : db.Revisions.Where(r => r.InitiativeId == initiative.Id).Max(r => r.Number) + 1,
            CreatedAt = now,
            ContentHash = hash,
            Content = file.Content,
        };
        // The revision needs the write-up's id and the write-up points back to its revision:
        // two saves, one transaction, so a failure leaves nothing half-written.
        using var transaction = db.Database.BeginTransaction();
        initiative.Revisions.Add(revision);
        if (isNew) db.Initiatives.Add(initiative);
        db.SaveChanges();

        initiative.CurrentRevision = revision;
        initiative.PublishedRevision = revision;
        initiative.Card = PublicCard.From(file.Content);
        initiative.IsExample = file.IsExample;
        initiative.EvidenceLevel = file.EvidenceLevel;
        initiative.PublishedAt = file.PublishedAt;
        initiative.UpdatedAt = now;
        initiative.Version = Guid.NewGuid();
        if (initiative.State != WorkflowState.Published)
        {
            initiative.Transitions.Add(new WorkflowTransition
            {
                From = initiative.State, To = WorkflowState.Published, At = now, Message = $"Importée depuis content/initiatives/{name}",
            });
            initiative.State = WorkflowState.Published;
        }
        db.IndexTasks.Add(new IndexTask { InitiativeId = initiative.Id, CreatedAt = now });
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
            }
            else db.TaxonomyTerms.Add(term);
        }
        var regions = db.Regions.ToDictionary(r => r.Code);
        foreach (var region in TaxonomyFiles.ReadRegions(contentRoot))
            if (regions.TryGetValue(region.Code, out var known)) known.Name = region.Name;
            else db.Regions.Add(region);
        var departements = db.Departements.ToDictionary(d => d.Code);
        foreach (var departement in TaxonomyFiles.ReadDepartements(contentRoot))
            if (departements.TryGetValue(departement.Code, out var known)) { known.Name = departement.Name; known.RegionCode = departement.RegionCode; }
            else db.Departements.Add(departement);
        db.SaveChanges();
        catalogCache.Invalidate();
    }

    private static string Hash(InitiativeFile file) =>
        ContentHashes.Of(new { file.Content, file.IsExample, file.EvidenceLevel, file.PublishedAt });
}
