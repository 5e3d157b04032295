using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>A little SVG writer: escaped text and attributes, numbers in invariant culture.</summary>
internal sealed class Svg
{
    private readonly StringBuilder markup = new();

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// A chart's root element, of <paramref name="width"/> by <paramref name="height"/> user units,
    /// named by the figure's title (<paramref name="labelledBy"/>). <paramref name="role"/> "img"
    /// makes it one image for assistive technologies; a chart whose parts are links goes without.
    /// </summary>
    public static Svg Chart(string kind, double width, double height, string labelledBy, string? role = "img") =>
        new Svg().Open("svg", ("class", "chart " + kind), ("viewBox", $"0 0 {Number(width)} {Number(height)}"),
            ("role", role), ("aria-labelledby", labelledBy), ("xmlns", "http://www.w3.org/2000/svg"));

    /// <summary>Closes the chart's root element: the markup to write in the page.</summary>
    public IHtmlContent Finish() => new HtmlString(Close("svg").ToString());

    public Svg Open(string element, params (string Name, object? Value)[] attributes)
    {
        markup.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            var text = value switch { double d => Number(d), int i => i.ToString(CultureInfo.InvariantCulture), _ => value.ToString() };
            markup.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(text ?? "")).Append('"');
        }
        markup.Append('>');
        return this;
    }

    public Svg Empty(string element, params (string Name, object? Value)[] attributes)
    {
        Open(element, attributes);
        markup.Length--;
        markup.Append("/>");
        return this;
    }

    public Svg Text(string text)
    {
        markup.Append(HtmlEncoder.Default.Encode(text));
        return this;
    }

    public Svg Close(string element)
    {
        markup.Append("</").Append(element).Append('>');
        return this;
    }

    public Svg Element(string element, string text, params (string Name, object? Value)[] attributes) =>
        Open(element, attributes).Text(text).Close(element);

    public override string ToString() => markup.ToString();
}
