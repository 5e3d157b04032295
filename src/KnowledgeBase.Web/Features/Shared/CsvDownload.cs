using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// A table as a CSV download that a French spreadsheet opens with a double click: UTF-8 with
/// BOM, ";" between fields, RFC 4180 quoting (CsvHelper), and cells starting with =, +, -, @,
/// tab or carriage return prefixed with an apostrophe so that no spreadsheet runs them as a
/// formula (OWASP, CSV injection). Rows are streamed: a long export never sits in memory.
/// </summary>
public sealed class CsvDownload(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) : IActionResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly CsvWriterOptions Options = new()
    {
        Separator = ';',
        HasHeader = false,
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        // CsvHelper's default list lacks the carriage return that OWASP names.
        InjectionCharacters = "=+-@\t\r",
    };

    public string FileName => fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        var aborted = context.HttpContext.RequestAborted;
        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. header], aborted);
        foreach (var row in rows) await csv.WriteRecordAsync([.. row], aborted);
        await csv.FlushAsync(aborted);
    }
}
