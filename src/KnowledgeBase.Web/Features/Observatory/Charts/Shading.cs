namespace KnowledgeBase.Web.Features.Observatory.Charts;

/// <summary>
/// Five shades for counts from 1 to the largest (0 has its own): each count up to 5, else
/// equal slices of the range. The classes (shade-0 … shade-5 in site.css) keep the colours
/// out of the markup, as the content security policy refuses inline styles.
/// </summary>
public sealed class Shading(int max)
{
    public const int Levels = 5;

    public int Max { get; } = Math.Max(0, max);

    public int Level(int count) =>
        count <= 0 || Max == 0 ? 0
        : Max <= Levels ? Math.Min(count, Levels)
        : Math.Clamp((int)Math.Ceiling(count * (double)Levels / Max), 1, Levels);

    public string Class(int count) => "shade-" + Level(count);

    /// <summary>The legend: each level in use with the counts it covers, from 0.</summary>
    public IReadOnlyList<(int Level, int From, int To)> Legend()
    {
        var legend = new List<(int, int, int)> { (0, 0, 0) };
        if (Max == 0) return legend;
        if (Max <= Levels)
        {
            for (var count = 1; count <= Max; count++) legend.Add((count, count, count));
            return legend;
        }
        for (var level = 1; level <= Levels; level++)
        {
            var from = (int)Math.Floor((level - 1) * (double)Max / Levels) + 1;
            var to = (int)Math.Floor(level * (double)Max / Levels);
            if (from <= to) legend.Add((level, from, to));
        }
        return legend;
    }
}
