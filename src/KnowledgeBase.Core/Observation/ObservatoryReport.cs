namespace KnowledgeBase.Core.Observation;

/// <summary>What the observatory shows for one search: the total, one figure per dimension and two cross-tables.</summary>
public sealed record ObservatoryReport(
    int Total,
    IReadOnlyList<Figure> Figures,
    CrossTable ThemeByRegion,
    CrossTable ThemeByYear)
{
    public Figure Figure(string dimension) => Figures.Single(f => f.Dimension == dimension);
}

/// <summary>
/// The published write-ups counted along one dimension (a facet name of the search). Every
/// value of a controlled vocabulary or territory list is there, with 0 when nothing matches.
/// </summary>
public sealed record Figure(string Dimension, IReadOnlyList<FigureValue> Values)
{
    public int Max => Values.Count == 0 ? 0 : Values.Max(v => v.Count);
    public IEnumerable<FigureValue> NonZero => Values.Where(v => v.Count > 0);
}

/// <summary>One value of a dimension (slug, code or year), its label and how many write-ups carry it.</summary>
public sealed record FigureValue(string Value, string Label, int Count);

/// <summary>
/// Write-ups counted along two dimensions. Rows and columns carry their own totals (the
/// figures' counts): a write-up with two themes counts in two rows, so cells do not add up to them.
/// </summary>
public sealed record CrossTable(
    string RowDimension,
    string ColumnDimension,
    IReadOnlyList<FigureValue> Rows,
    IReadOnlyList<FigureValue> Columns,
    IReadOnlyList<IReadOnlyList<int>> Cells)
{
    public int Max => Cells.Count == 0 ? 0 : Cells.Max(r => r.Count == 0 ? 0 : r.Max());
}
