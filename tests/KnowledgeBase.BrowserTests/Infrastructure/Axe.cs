using System.Text;
using System.Text.Json;

namespace KnowledgeBase.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in a page against the WCAG 2.1 A and AA rules.</summary>
public static class Axe
{
    public sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets, int NodeCount, string? FirstFailure);

    private const string Run =
        "async () => JSON.stringify(await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))";

    public static async Task<IReadOnlyList<Violation>> ViolationsAsync(IPage page, string axeScript)
    {
        await page.AddScriptTagAsync(new() { Path = axeScript });
        // A string, not an object: Playwright's serialisation would otherwise add $id keys.
        var json = await page.EvaluateAsync<string>(Run);
        using var results = JsonDocument.Parse(json);
        return results.RootElement.GetProperty("violations").EnumerateArray().Select(v =>
        {
            var nodes = v.GetProperty("nodes").EnumerateArray().ToList();
            var targets = nodes.Take(3).Select(n => string.Join(" ", n.GetProperty("target").EnumerateArray().Select(t => t.ToString()))).ToList();
            return new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
                v.GetProperty("help").GetString()!,
                targets,
                nodes.Count,
                nodes.Count > 0 && nodes[0].TryGetProperty("failureSummary", out var summary) ? summary.GetString() : null);
        }).ToList();
    }

    /// <summary>Fails with one line per violation: rule, impact, help and the first elements concerned.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string axeScript)
    {
        var violations = await ViolationsAsync(page, axeScript);
        if (violations.Count == 0) return;
        var message = new StringBuilder($"axe-core : {violations.Count} violation(s) sur {page.Url}");
        foreach (var v in violations)
        {
            message.Append($"\n- {v.Id} ({v.Impact}) : {v.Help} — {v.NodeCount} élément(s), dont {string.Join(" | ", v.Targets)}");
            if (!string.IsNullOrWhiteSpace(v.FirstFailure))
                message.Append("\n    ").Append(v.FirstFailure.ReplaceLineEndings("\n    "));
        }
        Assert.Fail(message.ToString());
    }
}
