namespace KnowledgeBase.Web;

/// <summary>
/// Marker for the site's text resources. Keys are the French text itself (French is the
/// default culture); Resources/SharedResource.en.resx holds the English.
/// </summary>
public sealed class SharedResource;
