using System.Diagnostics;
using KnowledgeBase.Benchmarks;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Index;

// Measures the search engine on synthetic corpora: full rebuild, size on disk, incremental
// updates and query latency through the public Search() path. Usage:
//   dotnet run -c Release --project tests/KnowledgeBase.Benchmarks -- --sizes 10000,100000 [--queries 1000] [--folder path] [--analyzer approx]

var options = BenchmarkOptions.Parse(args);
Console.WriteLine($"# KnowledgeBase.Search benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine(MachineDescription.Describe());
Console.WriteLine($"Analyzer: {(options.ApproximateAnalyzer ? "approximation of the full French chain (stop words dropped, plurals stripped)" : $"FrenchAnalyzer {new FrenchAnalyzer().Version}")}");
Console.WriteLine();
Console.WriteLine("Latency is wall-clock; CPU is the searching thread's CPU time (what an idle machine would show).");
Console.WriteLine();
Console.WriteLine("| write-ups | rebuild s | write-ups/s | index MiB | update docs/s | p50 ms | p95 ms | p99 ms | max ms | mean ms | CPU p50 | CPU p95 | CPU p99 | median total | queries | open s | warm-up s |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var size in options.Sizes) Console.WriteLine(Run(size, options));

static string Run(int size, BenchmarkOptions options)
{
    var generator = new CorpusGenerator(seed: size);
    var folder = Path.Combine(options.Folder, $"kb-bench-{size}");
    ITextAnalyzer analyzer = options.ApproximateAnalyzer ? new ApproximateFrenchAnalyzer() : new FrenchAnalyzer();
    var reuse = options.Reuse && Directory.Exists(folder);
    if (!reuse && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    try
    {
        using var index = new SqliteSearchIndex(folder, analyzer, Synonyms);
        var (rebuild, updates) = (new Stopwatch(), new Stopwatch());
        var sizeMiB = index.Status.SizeBytes / 1048576.0;
        if (!reuse || index.Status.NeedsRebuild)
        {
            // Generated beforehand so that the rebuild time measures the index alone.
            var documents = Enumerable.Range(1, size).Select(i => generator.Make(i)).ToList();
            Collect();
            rebuild.Restart();
            index.Rebuild(documents, size);
            rebuild.Stop();
            sizeMiB = index.Status.SizeBytes / 1048576.0;
            var changed = Enumerable.Range(1, 1000).Select(i => generator.Make(i * (size / 1000))).Chunk(100).ToList();
            updates.Restart();
            foreach (var batch in changed) index.Apply(batch, [], size + 1);
            updates.Stop();
        }
        // The site loads the frequent terms' document sets in the background after opening;
        // queries are measured once that warm-up is over (its own time is measured below).
        index.WarmedUp.Wait();
        Collect();

        var requests = QueryWorkload.Make(generator.DomainWords, options.Queries, seed: 7);
        foreach (var request in QueryWorkload.Make(generator.DomainWords, 100, seed: 8)) index.Search(request); // warm-up
        var latencies = new double[requests.Count];
        var cpu = new double[requests.Count];
        var totals = new int[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var cpuStart = ThreadClock.Milliseconds();
            var watch = Stopwatch.StartNew();
            var results = index.Search(requests[i]);
            latencies[i] = watch.Elapsed.TotalMilliseconds;
            cpu[i] = ThreadClock.Milliseconds() - cpuStart;
            totals[i] = results.Total;
        }
        // Closed here to time a fresh opening of the same file (the using's Dispose is then a no-op).
        index.Dispose();
        var opening = Stopwatch.StartNew();
        using var reopened = new SqliteSearchIndex(folder, analyzer, Synonyms);
        var openSeconds = opening.Elapsed.TotalSeconds;
        reopened.WarmedUp.Wait();
        var warmUpSeconds = opening.Elapsed.TotalSeconds - openSeconds;
        Array.Sort(latencies);
        Array.Sort(cpu);
        Array.Sort(totals);
        var built = rebuild.ElapsedTicks > 0;
        return $"| {size:N0} | {(built ? $"{rebuild.Elapsed.TotalSeconds:F1}" : "reused")} | {(built ? $"{size / rebuild.Elapsed.TotalSeconds:N0}" : "")} | {sizeMiB:F1} | {(built ? $"{1000 / updates.Elapsed.TotalSeconds:N0}" : "")} " +
               $"| {Percentile(latencies, 0.50):F2} | {Percentile(latencies, 0.95):F2} | {Percentile(latencies, 0.99):F2} | {latencies[^1]:F2} | {latencies.Average():F2} " +
               $"| {Percentile(cpu, 0.50):F2} | {Percentile(cpu, 0.95):F2} | {Percentile(cpu, 0.99):F2} | {totals[totals.Length / 2]:N0} | {requests.Count:N0} | {openSeconds:F1} | {warmUpSeconds:F1} |";
    }
    finally
    {
        if (!options.Keep && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static void Collect()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

internal partial class Program
{
    private static readonly IReadOnlyList<string>[] Synonyms =
    [
        ["RSA", "RMI", "revenu de solidarité active"],
        ["France Travail", "Pôle emploi", "ANPE"],
        ["CCAS", "centre communal d'action sociale"],
        ["IAE", "SIAE", "insertion par l'activité économique"],
        ["CAF", "caisse d'allocations familiales"],
    ];
}
