using KnowledgeBase.Core.Observation;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>
/// A horizontal bar chart of a figure, drawn on the server: each value's label above its bar,
/// the count after it. It is an image for assistive technologies (named by the figure's title
/// and text summary); the data table beside it carries the same numbers and their links.
/// </summary>
public static class BarChart
{
    private const double Width = 640;
    private const double BarSpace = 560;
    private const double Row = 34;

    public static IHtmlContent Render(IReadOnlyList<FigureValue> values, string labelledBy)
    {
        var max = values.Count == 0 ? 0 : values.Max(v => v.Count);
        var height = Math.Max(Row, values.Count * Row);
        var svg = Svg.Chart("bar-chart", Width, height, labelledBy);
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            var y = i * Row;
            var bar = max == 0 || v.Count == 0 ? 0 : Math.Max(2, v.Count * BarSpace / max);
            svg.Element("text", v.Label, ("class", "chart-label"), ("x", 0.0), ("y", y + 12));
            if (bar > 0) svg.Empty("rect", ("class", "chart-bar"), ("x", 0.0), ("y", y + 16), ("width", bar), ("height", 12.0));
            svg.Element("text", v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "chart-value"),
                ("x", bar + 6), ("y", y + 27));
        }
        return svg.Finish();
    }
}
