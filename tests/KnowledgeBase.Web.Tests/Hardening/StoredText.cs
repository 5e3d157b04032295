using System.Collections;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>Every text the site stored from what people typed, to look for what must never be stored.</summary>
public static class StoredText
{
    public static async Task<List<(string Where, string Text)>> All(SiteFactory site)
    {
        await using var scope = site.Scope();
        var db = site.Db(scope);
        var texts = new List<(string, string)>();
        foreach (var revision in await db.Revisions.AsNoTracking().ToListAsync()) Walk($"révision {revision.Id}", revision.Content, texts);
        foreach (var member in await db.Users.AsNoTracking().ToListAsync())
            texts.AddRange(new[] { member.DisplayName, member.Organisation, member.OrganisationType, member.RegionCode, member.DepartementCode }
                .OfType<string>().Select(t => ($"membre {member.Email}", t)));
        foreach (var f in await db.Feedback.AsNoTracking().ToListAsync())
            texts.AddRange(new[] { f.Text, f.Commune, f.DepartementCode }.OfType<string>().Select(t => ($"retour {f.Id}", t)));
        foreach (var r in await db.FeedbackReports.AsNoTracking().ToListAsync()) if (r.Reason is { } reason) texts.Add(($"signalement {r.Id}", reason));
        foreach (var r in await db.Reviews.AsNoTracking().Include(r => r.Scores).ToListAsync())
        {
            texts.AddRange(new[] { r.GeneralComment, r.ConfidentialNote }.OfType<string>().Select(t => ($"évaluation {r.Id}", t)));
            texts.AddRange(r.Scores.Select(s => s.Comment).OfType<string>().Select(t => ($"évaluation {r.Id}", t)));
        }
        foreach (var a in await db.ReviewAssignments.AsNoTracking().ToListAsync()) if (a.DeclineReason is { } reason) texts.Add(($"invitation {a.Id}", reason));
        foreach (var t in await db.WorkflowTransitions.AsNoTracking().ToListAsync()) if (t.Message is { } message) texts.Add(($"transition {t.Id}", message));
        foreach (var n in await db.Notifications.AsNoTracking().ToListAsync()) texts.Add(($"notification {n.Id}", n.Text));
        foreach (var m in await db.OutgoingMails.AsNoTracking().ToListAsync()) texts.Add(($"objet du courriel {m.Id}", m.Subject));
        foreach (var g in await db.EvaluationGrids.AsNoTracking().ToListAsync()) Walk($"grille {g.Id}", g, texts);
        return texts;
    }

    /// <summary>Control characters (other than line break and tab), bidi embeddings and overrides, lone surrogates.</summary>
    public static bool IsForbidden(char c) =>
        c < ' ' && c is not '\n' and not '\t' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    private static void Walk(string where, object? value, List<(string, string)> texts, int depth = 0)
    {
        switch (value)
        {
            case null: return;
            case string text: texts.Add((where, text)); return;
            case IEnumerable items:
                foreach (var item in items) Walk(where, item, texts, depth + 1);
                return;
        }
        var type = value.GetType();
        if (depth > 6 || type.Namespace?.StartsWith("KnowledgeBase") != true) return;
        foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.CanRead))
            Walk(where, property.GetValue(value), texts, depth + 1);
    }
}
