using System.Runtime.InteropServices;

namespace KnowledgeBase.Benchmarks;

/// <summary>The conditions a measurement was taken in, printed with the figures.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var lucene = typeof(Lucene.Net.Index.IndexWriter).Assembly.GetName().Version;
        return $"{Environment.ProcessorCount} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), " +
               $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Lucene.Net {lucene}, load average at start: {load}";
    }
}
