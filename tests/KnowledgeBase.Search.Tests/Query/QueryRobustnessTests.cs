using System.Text;
using KnowledgeBase.Search.Query;

namespace KnowledgeBase.Search.Tests.Query;

/// <summary>Any text typed in the search box is accepted: parsing and searching never throw.</summary>
public class QueryRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "\"", "\"\"", "(", ")", "-", "--", "*", "**", "^", ":", "NEAR", "NEAR(", "NEAR/3", "AND", "OR", "NOT", "+",
        "{", "}", "[", "]", "'", "’", "l'", "\\", "/", ",", ".", ";", "title:", "body:", "rowid", "fts", "MATCH",
        "logement", "jeunes", "accès", "émploi", "RSA", "pôle", "emploi", "a", "de", "les", "0", "42", "-1",
        "\0", "\t", "\n", "\r", "\u0001", "\u001F", "\u007F", "\u200B", "\uFEFF", "😀", "👩‍👧", "\uD800", "\uDC00",
        "é", "Ω", "中文", "العربية", " ", "  ", "%", "_", "$q", "?", "@", "#", "&", "<mark>", "</script>", "''", "`",
    ];

    [Fact]
    public void Ten_thousand_random_queries_parse_and_search_without_throwing()
    {
        using var test = new TestIndex(synonyms: [["RSA", "RMI", "revenu de solidarité active"], ["pôle emploi", "France Travail"]]);
        test.Index.Upsert([
            Doc.Make(1, "Accès au logement des jeunes", body: "Accompagnement vers l'emploi et le logement.", summary: "RSA et insertion."),
            Doc.Make(2, "Pôle emploi", body: "Ateliers (collectifs) : \"CV\" et NEAR rien.", themes: ["emploi"]),
            Doc.Make(3, "中文 😀", body: "Texte étrange \uFEFF avec émojis 👩‍👧."),
        ]);
        var random = new Random(20240601);

        for (var i = 0; i < 10_000; i++)
        {
            var query = RandomQuery(random, i);
            var request = new SearchRequest
            {
                Query = query,
                Sort = i % 2 == 0 ? SearchSort.Relevance : SearchSort.Date,
                Page = random.Next(-2, 4),
                PageSize = random.Next(-1, 30),
                Filters = i % 5 == 0 ? new Dictionary<string, IReadOnlyCollection<string>> { ["theme"] = ["emploi", query] } : new Dictionary<string, IReadOnlyCollection<string>>(),
            };
            try
            {
                QueryParser.Parse(query);
                var results = test.Index.Search(request);
                Assert.NotNull(results.Hits);
            }
            catch (Exception e)
            {
                Assert.Fail($"Query #{i} {Escape(query)} threw {e}");
            }
        }
    }

    private static string RandomQuery(Random random, int i)
    {
        if (i % 1000 == 0) return new string(Enumerable.Range(0, 10_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        if (i % 1000 == 1) return string.Concat(Enumerable.Repeat("logement ", 1200));
        var sb = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var p = 0; p < parts; p++)
        {
            sb.Append(random.Next(4) switch
            {
                0 => ((char)random.Next(0, 0x3000)).ToString(),
                _ => Fragments[random.Next(Fragments.Length)],
            });
            if (random.Next(3) == 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Take(200).Select(c => c < 0x20 || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
