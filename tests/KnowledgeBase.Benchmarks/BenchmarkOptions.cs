namespace KnowledgeBase.Benchmarks;

/// <summary>Command line of the benchmark.</summary>
internal sealed record BenchmarkOptions(int[] Sizes, int Queries, int Rounds, string Folder, bool Keep, int Publications)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var sizes = new[] { 10_000, 100_000 };
        var queries = 1000;
        var rounds = 3;
        var folder = Path.Combine(Path.GetTempPath(), "knowledgebase-search-benchmarks");
        var keep = false;
        var publications = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = [.. args[++i].Split(',').Select(int.Parse)]; break;
                case "--queries": queries = int.Parse(args[++i]); break;
                case "--rounds": rounds = int.Parse(args[++i]); break;
                case "--folder": folder = args[++i]; break;
                case "--keep": keep = true; break;
                case "--publication": publications = int.Parse(args[++i]); break;
                default: throw Usage(args[i]);
            }
        }
        return new BenchmarkOptions(sizes, queries, rounds, folder, keep, publications);
    }

    private static ArgumentException Usage(string option) =>
        new($"Unknown option {option}; use --sizes 1000,10000 --queries 1000 --rounds 3 --folder path --keep, or --publication 20");
}
