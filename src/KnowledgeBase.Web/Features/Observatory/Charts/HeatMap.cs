using System.Globalization;
using KnowledgeBase.Core.Observation;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>
/// A cross-table drawn as a grid of shaded cells with their counts (rows: themes). An image
/// for assistive technologies; the table beside it carries the numbers and their links.
/// </summary>
public static class HeatMap
{
    private const double RowLabels = 230;
    private const double Cell = 38;
    private const double RowHeight = 26;
    private const double ColumnLabels = 130;

    public static IHtmlContent Render(CrossTable table, string labelledBy)
    {
        var shading = new Shading(table.Max);
        var width = RowLabels + Math.Max(1, table.Columns.Count) * Cell + 10;
        var height = ColumnLabels + Math.Max(1, table.Rows.Count) * RowHeight + 4;
        var svg = Svg.Chart("heat-map", width, height, labelledBy);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var x = RowLabels + c * Cell + Cell / 2;
            var y = ColumnLabels - 6;
            svg.Element("text", table.Columns[c].Label, ("class", "chart-label"), ("x", x), ("y", y),
                ("transform", $"rotate(-50 {Svg.Number(x)} {Svg.Number(y)})"));
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var y = ColumnLabels + r * RowHeight;
            svg.Element("text", table.Rows[r].Label, ("class", "chart-label"), ("x", RowLabels - 8), ("y", y + 17), ("text-anchor", "end"));
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var count = table.Cells[r][c];
                var x = RowLabels + c * Cell;
                svg.Empty("rect", ("class", "cell " + shading.Class(count)), ("x", x + 1), ("y", y + 1), ("width", Cell - 2), ("height", RowHeight - 2));
                if (count > 0)
                    svg.Element("text", count.ToString(CultureInfo.InvariantCulture), ("class", "cell-value on-" + shading.Class(count)),
                        ("x", x + Cell / 2), ("y", y + 17), ("text-anchor", "middle"));
            }
        }
        return svg.Finish();
    }
}
