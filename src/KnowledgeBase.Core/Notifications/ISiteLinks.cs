namespace KnowledgeBase.Core.Notifications;

/// <summary>Absolute addresses of the site's pages, for emails.</summary>
public interface ISiteLinks
{
    /// <summary>"/gestion/fiches/12" → "https://site.example/gestion/fiches/12".</summary>
    string Absolute(string pathAndQuery);
}
