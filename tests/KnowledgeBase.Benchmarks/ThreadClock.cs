using System.Runtime.InteropServices;

namespace KnowledgeBase.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux). On a shared machine the wall clock also counts the
/// time other processes hold the cores; a search is single-threaded, so its CPU time is what
/// its latency would be on an idle machine.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static bool Available { get; } = OperatingSystem.IsLinux();

    public static double Milliseconds()
    {
        if (!Available || clock_gettime(ThreadCpuTimeClock, out var time) != 0) return 0;
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
