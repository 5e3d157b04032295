namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// A table as the page shows it and as its CSV download holds it: one model for both, so
/// that the CSV is the page's table, cell for cell (links are for the page only).
/// </summary>
public sealed record DataTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<DataRow> Rows, DataRow? Footer = null)
{
    /// <summary>Header, rows and footer as text, for the CSV.</summary>
    public IEnumerable<IReadOnlyList<string>> TextRows() =>
        Rows.Concat(Footer is null ? [] : [Footer]).Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Text).ToList());
}

/// <summary>A row; its first cell with <see cref="DataCell.IsHeader"/> names it.</summary>
public sealed record DataRow(IReadOnlyList<DataCell> Cells);

/// <summary>A cell: its text, the search it links to, and whether it is the row's header.</summary>
public sealed record DataCell(string Text, string? Link = null, bool IsHeader = false, bool IsNumber = false);
