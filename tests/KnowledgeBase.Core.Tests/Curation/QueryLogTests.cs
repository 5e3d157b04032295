using KnowledgeBase.Core.Insights;
using KnowledgeBase.Core.Taxonomy;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Core.Tests.Curation;

/// <summary>How visitors' queries are written in the daily aggregates, and counted in memory before that.</summary>
public sealed class QueryLogTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [InlineData("  Logement   d'URGENCE ", "logement d'urgence")]
    [InlineData("Insertion\tpar\u0007l'activité", "insertion par l'activité")]
    [InlineData("e\u0301tudiants", "étudiants")] // decomposed accent composed
    [InlineData("caf\u200Bé", "caf é")] // format characters become spaces
    [InlineData("   ", null)]
    [InlineData(null, null)]
    [InlineData("camille.martin@example.org aide", null)]
    [InlineData("rappeler 06 12 34 56 78", null)]
    [InlineData("numéro 1 85 05 78 006 084 36", null)]
    [InlineData("plie 2024", "plie 2024")] // a year is no contact
    public void Queries_are_normalised_and_contacts_never_kept(string? typed, string? kept) => Assert.Equal(kept, QueryText.Normalise(typed));

    [Fact]
    public void A_long_query_is_cut_at_a_word()
    {
        var text = QueryText.Normalise(string.Join(' ', Enumerable.Repeat("accompagnement", 20)))!;
        Assert.True(text.Length <= SearchQueryDay.QueryMaxLength);
        Assert.EndsWith("accompagnement", text);
    }

    [Fact]
    public void Searches_are_counted_per_day_and_query_with_the_last_number_of_results()
    {
        var clock = new Clock(new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero));
        var log = new QueryLog(clock, Options.Create(new QueryLogOptions()));
        log.Record("RSA", 4);
        log.Record(" rsa ", 5);
        clock.Now = clock.Now.AddMinutes(2);
        log.Record("rsa", 6);
        log.Record("jean@example.org", 0);

        var counts = log.Take().OrderBy(c => c.Day).ToList();
        Assert.Equal([new QueryCount(new DateOnly(2026, 3, 1), "rsa", 2, 5), new QueryCount(new DateOnly(2026, 3, 2), "rsa", 1, 6)], counts);
        Assert.Empty(log.Take());

        // Counts that could not be written come back, behind the newer results.
        log.Record("rsa", 7);
        log.Restore([counts[1]]);
        Assert.Equal(new QueryCount(new DateOnly(2026, 3, 2), "rsa", 2, 7), Assert.Single(log.Take()));
    }

    [Fact]
    public void Nothing_is_counted_when_off_and_memory_is_bounded()
    {
        var off = new QueryLog(TimeProvider.System, Options.Create(new QueryLogOptions { Enabled = false }));
        off.Record("logement", 3);
        Assert.Empty(off.Take());

        var small = new QueryLog(TimeProvider.System, Options.Create(new QueryLogOptions { MaxBuffered = 2 }));
        foreach (var query in new[] { "a", "b", "c", "a" }) small.Record(query, 1);
        Assert.Equal(["a", "b"], small.Take().Select(c => c.Query).Order());
    }

    [Fact]
    public void Synonym_groups_are_read_from_commas_or_lines_each_expression_once()
    {
        Assert.Equal(["RSA", "revenu de solidarité active", "RMI"], SynonymEditing.Parse(" RSA , revenu de solidarité active\nRMI;rsa\n\n"));
        Assert.NotNull(SynonymEditing.Check(SynonymEditing.Parse("seul")));
        Assert.NotNull(SynonymEditing.Check(["rsa", "?!"]));
        Assert.Null(SynonymEditing.Check(["rsa", "rmi"]));
    }
}
