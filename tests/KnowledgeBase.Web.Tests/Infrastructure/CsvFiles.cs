using System.Text;
using AngleSharp.Dom;
using CsvHelper;

namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>CSV downloads read as a spreadsheet would: with a real CSV parser (CsvHelper), after checking the format.</summary>
public static class CsvFiles
{
    /// <summary>Downloads <paramref name="url"/>, checks it is UTF-8 with BOM and ";"-separated, and returns its rows (header first).</summary>
    public static async Task<List<string[]>> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{url} : pas de BOM UTF-8");
        return Parse(bytes);
    }

    public static List<string[]> Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.Contains(";", text.Split('\n')[0]);
        var rows = new List<string[]>();
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { Separator = ';', HasHeader = false });
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    /// <summary>A table of the page as the CSV would hold it: the header row, then each row's cells' text.</summary>
    public static List<string[]> Rows(IElement table) =>
        table.QuerySelectorAll("tr").Select(tr => tr.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
}
