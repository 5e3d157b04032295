namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>The editors' curation forms (issue 14): dossiers, the home page's featured items, vocabulary, synonyms, missing write-ups.</summary>
public sealed partial class HostileInputTests
{
    private async Task<IEnumerable<FormCase>> CurationCases(HttpClient editor)
    {
        long dossier, group;
        await using (var scope = site.Scope())
        {
            var db = site.Db(scope);
            dossier = await db.Dossiers.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            group = await db.SynonymGroups.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
        }
        var stale = ("version", Guid.Empty.ToString()); // actions refused as a conflict: the examples stay as they are
        return
        [
            await FromPage("/gestion/dossiers/nouveau", editor, "/gestion/dossiers/nouveau", ("command", "save")),
            await FromPage("/gestion/dossiers/{id:long}/modifier", editor, $"/gestion/dossiers/{dossier}/modifier", ("command", "save")),
            Explicit("/gestion/dossiers/{id:long}/publier", editor, $"/gestion/dossiers/{dossier}/publier", stale),
            Explicit("/gestion/dossiers/{id:long}/retirer", editor, $"/gestion/dossiers/{dossier}/retirer", stale),
            await FromPage("/gestion/a-la-une", editor, "/gestion/a-la-une"),
            Explicit("/gestion/a-la-une/{id:long}/deplacer", editor, "/gestion/a-la-une/999999/deplacer", ("direction", "up")),
            Explicit("/gestion/a-la-une/{id:long}/fin", editor, "/gestion/a-la-une/999999/fin", ("endsOn", "2030-01-01")),
            Explicit("/gestion/a-la-une/{id:long}/retirer", editor, "/gestion/a-la-une/999999/retirer"),
            await OnPage("/gestion/vocabulaire/{kind}", editor, "/gestion/vocabulaire/publics", "/gestion/vocabulaire/publics"),
            await OnPage("/gestion/vocabulaire/{kind}/{slug}", editor, "/gestion/vocabulaire/publics/familles", "/gestion/vocabulaire/publics"),
            Explicit("/gestion/vocabulaire/{kind}/{slug}/deplacer", editor, "/gestion/vocabulaire/publics/inconnu/deplacer", ("direction", "up")),
            Explicit("/gestion/vocabulaire/{kind}/{slug}/retirer", editor, "/gestion/vocabulaire/publics/inconnu/retirer"),
            Explicit("/gestion/vocabulaire/{kind}/{slug}/remettre", editor, "/gestion/vocabulaire/publics/inconnu/remettre"),
            Explicit("/gestion/vocabulaire/{kind}/{slug}/fusionner", editor, "/gestion/vocabulaire/publics/inconnu/fusionner", ("into", "familles")),
            await FromPage("/gestion/synonymes", editor, "/gestion/synonymes", ("command", "preview")),
            await OnPage("/gestion/synonymes/{id:long}", editor, $"/gestion/synonymes/{group}", "/gestion/synonymes", ("command", "preview")),
            Explicit("/gestion/synonymes/{id:long}/supprimer", editor, "/gestion/synonymes/999999/supprimer"),
            Explicit("/gestion/recherches/manquantes", editor, "/gestion/recherches/manquantes", ("query", "garde de nuit"), ("returnUrl", "/gestion/recherches")),
            Explicit("/gestion/recherches/manquantes/{id:long}", editor, "/gestion/recherches/manquantes/999999", ("returnUrl", "/gestion/recherches")),
        ];
    }
}
