using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Views live in the folder of their feature, the one the controller's namespace names
/// (<c>KnowledgeBase.Web.Features.Reviews</c> → <c>Features/Reviews/</c>), whatever the
/// controller is called: <c>ReviewRoundsController</c>'s views are the Reviews feature's. A
/// view component's views are in its own feature's folder too, wherever it is shown; partials
/// that such a view uses are named with their extension (<c>_ReviewCard.cshtml</c>), which
/// Razor finds beside the view. Pieces of several features are in <c>Features/Shared</c>, and a
/// page shown outside any controller (the outage page) is named with its feature
/// (<c>Errors/Unavailable</c>).
/// </summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    public const string FeatureToken = "{feature}";
    private const string FeatureKey = "feature";
    private const string ComponentPrefix = "Components/";

    public static readonly string[] Formats =
    [
        "/Features/" + FeatureToken + "/{0}" + RazorViewEngine.ViewExtension,
        "/Features/Shared/{0}" + RazorViewEngine.ViewExtension,
        "/Features/{0}" + RazorViewEngine.ViewExtension,
    ];

    private static readonly Dictionary<string, string> ComponentFeatures = typeof(FeatureViewLocations).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(ViewComponent).IsAssignableFrom(t) && FeatureOf(t) is not null)
        .ToDictionary(t => t.Name.EndsWith("ViewComponent", StringComparison.Ordinal) ? t.Name[..^"ViewComponent".Length] : t.Name,
            t => FeatureOf(t)!, StringComparer.OrdinalIgnoreCase);

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[FeatureKey] = (context.ActionContext.ActionDescriptor as ControllerActionDescriptor)?.ControllerTypeInfo is { } type
            ? FeatureOf(type) ?? context.ControllerName
            : context.ControllerName;

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.ViewName.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            && context.ViewName[ComponentPrefix.Length..].Split('/') is [var component, var view]
            && ComponentFeatures.TryGetValue(component, out var componentFeature))
            return [$"/Features/{componentFeature}/{view}{RazorViewEngine.ViewExtension}"];
        var feature = context.Values.TryGetValue(FeatureKey, out var value) && value is not null ? value : "Shared";
        return viewLocations.Select(location => location.Replace(FeatureToken, feature, StringComparison.Ordinal));
    }

    /// <summary>The feature folder of a type of <c>KnowledgeBase.Web.Features.&lt;Feature&gt;</c>.</summary>
    private static string? FeatureOf(Type type)
    {
        const string features = "KnowledgeBase.Web.Features.";
        var ns = type.Namespace ?? "";
        return ns.StartsWith(features, StringComparison.Ordinal) ? ns[features.Length..].Split('.')[0] : null;
    }
}
