namespace KnowledgeBase.Benchmarks;

/// <summary>Command line of the benchmark.</summary>
internal sealed record BenchmarkOptions(int[] Sizes, int Queries, string Folder, bool Keep, bool ApproximateAnalyzer, bool Reuse)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var sizes = new[] { 10_000, 100_000 };
        var queries = 1000;
        var folder = Path.Combine(Path.GetTempPath(), "knowledgebase-search-benchmarks");
        var keep = false;
        var approximate = false;
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = [.. args[++i].Split(',').Select(int.Parse)]; break;
                case "--queries": queries = int.Parse(args[++i]); break;
                case "--folder": folder = args[++i]; break;
                case "--keep": keep = true; break;
                case "--analyzer": approximate = args[++i] == "approx"; break;
                case "--reuse": reuse = keep = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}; use --sizes 1000,10000 --queries 1000 --folder path --keep --reuse --analyzer current|approx");
            }
        }
        return new BenchmarkOptions(sizes, queries, folder, keep, approximate, reuse);
    }
}
