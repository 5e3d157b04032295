using System.Diagnostics;
using KnowledgeBase.Benchmarks;
using KnowledgeBase.Search.Index;

// Measures the search engine on synthetic corpora through the public ISearchIndex API: full
// rebuild, size on disk, incremental updates, and query latency through Search() (facets,
// excerpts, stored fields, suggestion), round after round on the same queries. Usage:
//   dotnet run -c Release --project tests/KnowledgeBase.Benchmarks -- --sizes 10000,100000 [--rounds 3] [--queries 1000]
//   dotnet run -c Release --project tests/KnowledgeBase.Benchmarks -- --publication 20   (publication → findable in the running site)

/// <summary>Entry point (a named class: the site's own Program is referenced by --publication).</summary>
internal static class BenchmarkProgram
{
    public static int Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        if (options.Publications > 0)
        {
            Console.WriteLine($"# Publication to search in the running site — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            Console.WriteLine(MachineDescription.Describe());
            PublicationLatency.Run(options.Publications);
            return 0;
        }
        Console.WriteLine($"# KnowledgeBase.Search benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine(MachineDescription.Describe());
        Console.WriteLine($"Engine: Lucene.Net; {options.Queries:N0} queries × {options.Rounds} rounds.");
        Console.WriteLine();
        Console.WriteLine("Latency is wall-clock; CPU is the searching thread's CPU time (what an idle machine would show).");
        Console.WriteLine();
        Console.WriteLine("| engine | write-ups | rebuild s | write-ups/s | index MiB | update docs/s | p50 ms | p95 ms | p99 ms | max ms | mean ms | CPU p50 | CPU p95 | CPU p99 | median total | open s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var similarLines = new List<string>();
        foreach (var size in options.Sizes)
        {
            var row = Bench.Run(size, options);
            similarLines.Add(row.SimilarLine(size));
            Console.WriteLine(row.Line(size));
        }
        Console.WriteLine();
        var corpus = new CorpusGenerator(seed: options.Sizes[0]);
        var baseline = Enumerable.Range(1, 2000).Count(i => corpus.Make(i).Facets[FacetNames.Theme].Intersect(corpus.Make(i + 5000).Facets[FacetNames.Theme]).Any()) / 20.0;
        Console.WriteLine($"Similar write-ups (5 asked, for 100 write-ups); two write-ups taken at random share a theme {baseline:F0}% of the time in this corpus:");
        Console.WriteLine();
        Console.WriteLine("| engine | write-ups | p50 ms | p95 ms | found | sharing a theme |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var line in similarLines) Console.WriteLine(line);
        Console.WriteLine();
        Console.WriteLine($"Peak working set of the benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB.");
        return 0;
    }
}

internal static class Bench
{
    private static readonly IReadOnlyList<string>[] Synonyms =
    [
        ["RSA", "RMI", "revenu de solidarité active"],
        ["France Travail", "Pôle emploi", "ANPE"],
        ["CCAS", "centre communal d'action sociale"],
        ["IAE", "SIAE", "insertion par l'activité économique"],
        ["CAF", "caisse d'allocations familiales"],
    ];

    public static EngineRow Run(int size, BenchmarkOptions options)
    {
        var generator = new CorpusGenerator(seed: size);
        var folder = Path.Combine(options.Folder, $"kb-bench-lucene-{size}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var index = Open(folder);
        try
        {
            Collect();
            // Documents are made as the index asks for them, on the rebuild's own threads.
            var rebuild = Stopwatch.StartNew();
            index.Rebuild(Enumerable.Range(1, size).Select(i => generator.Make(i)), size);
            rebuild.Stop();
            var sizeMiB = index.Status.SizeBytes / 1048576.0;
            var changed = Enumerable.Range(1, 1000).Select(i => generator.Make(i * (size / 1000))).Chunk(100).ToList();
            var updates = Stopwatch.StartNew();
            foreach (var batch in changed) index.Apply(batch, [], size + 1);
            updates.Stop();
            var row = new EngineRow("lucene", rebuild.Elapsed, sizeMiB, updates.Elapsed);
            Collect();

            var requests = QueryWorkload.Make(generator.DomainWords, options.Queries, seed: 7);
            foreach (var request in QueryWorkload.Make(generator.DomainWords, 100, seed: 8)) index.Search(request); // warm-up
            for (var round = 0; round < options.Rounds; round++)
            {
                foreach (var request in requests)
                {
                    var cpuStart = ThreadClock.Milliseconds();
                    var watch = Stopwatch.StartNew();
                    var results = index.Search(request);
                    row.Add(watch.Elapsed.TotalMilliseconds, ThreadClock.Milliseconds() - cpuStart, results.Total);
                }
            }

            // "Similar write-ups" of 100 write-ups: time, and how often they share a theme.
            foreach (var id in Enumerable.Range(0, 100).Select(k => 1L + k * (size / 100)))
            {
                var themes = generator.Make(id).Facets[FacetNames.Theme];
                var watch = Stopwatch.StartNew();
                var similar = index.Similar(id, 5);
                row.AddSimilar(watch.Elapsed.TotalMilliseconds, similar.Count, similar.Count(h => generator.Make(h.Id).Facets[FacetNames.Theme].Intersect(themes).Any()));
            }

            index.Dispose();
            var opening = Stopwatch.StartNew();
            index = Open(folder);
            _ = index.Status;
            row.Opening = opening.Elapsed;
            return row;
        }
        finally
        {
            index.Dispose();
            if (!options.Keep && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static LuceneSearchIndex Open(string folder) => new(folder, Synonyms);

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>The engine's figures at one corpus size.</summary>
internal sealed class EngineRow(string engine, TimeSpan rebuild, double sizeMiB, TimeSpan updates)
{
    private readonly List<double> latencies = [];
    private readonly List<double> cpu = [];
    private readonly List<int> totals = [];

    public TimeSpan Opening { get; set; }

    private readonly List<double> similarTimes = [];
    private int similarFound, similarSharing;

    public void AddSimilar(double milliseconds, int found, int sharingATheme)
    {
        similarTimes.Add(milliseconds);
        similarFound += found;
        similarSharing += sharingATheme;
    }

    public string SimilarLine(int size) =>
        $"| {engine} | {size:N0} | {Percentile(similarTimes, 0.5):F2} | {Percentile(similarTimes, 0.95):F2} | {similarFound:N0} | {(similarFound == 0 ? 0 : 100.0 * similarSharing / similarFound):F0}% |";

    public void Add(double latency, double cpuTime, int total)
    {
        latencies.Add(latency);
        cpu.Add(cpuTime);
        totals.Add(total);
    }

    public double P(double p) => Percentile(latencies, p);

    public double Cpu(double p) => Percentile(cpu, p);

    public string Line(int size)
    {
        var median = totals.Order().ElementAt(totals.Count / 2);
        return $"| {engine} | {size:N0} | {rebuild.TotalSeconds:F1} | {size / rebuild.TotalSeconds:N0} | {sizeMiB:F1} | {1000 / updates.TotalSeconds:N0} " +
               $"| {P(0.50):F2} | {P(0.95):F2} | {P(0.99):F2} | {latencies.Max():F2} | {latencies.Average():F2} " +
               $"| {Cpu(0.50):F2} | {Cpu(0.95):F2} | {Cpu(0.99):F2} | {median:N0} | {Opening.TotalSeconds:F1} |";
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
