using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>A little SVG writer: escaped text and attributes, numbers in invariant culture.</summary>
internal sealed class Svg
{
    private readonly StringBuilder markup = new();

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

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
