using KnowledgeBase.Core.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting.Health;

/// <summary>Free space of the disks holding the data and the index folders.</summary>
public sealed class DiskSpaceHealthCheck(AppPaths paths, SearchIndexHost host, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var data = new Dictionary<string, object>();
        var status = HealthStatus.Healthy;
        var lines = new List<string>();
        foreach (var (name, folder) in new[] { ("data", paths.DataFolder), ("searchIndex", host.Folder) })
        {
            if (FreeBytes(folder) is not { } bytes) continue;
            var free = bytes / 1048576;
            data[name + "FreeMegabytes"] = free;
            lines.Add($"{name} : {free:N0} Mo libres");
            if (free < o.CriticalFreeMegabytes) status = HealthStatus.Unhealthy;
            else if (free < o.MinimumFreeMegabytes && status == HealthStatus.Healthy) status = HealthStatus.Degraded;
        }
        return Task.FromResult(new HealthCheckResult(status, string.Join(", ", lines) + ".", data: data));
    }

    // The disk of a folder is the mount point with the longest path that contains it.
    private static long? FreeBytes(string folder)
    {
        var full = Path.GetFullPath(folder);
        var drive = DriveInfo.GetDrives()
            .Where(d => d.IsReady && full.StartsWith(d.RootDirectory.FullName, StringComparison.Ordinal))
            .MaxBy(d => d.RootDirectory.FullName.Length);
        return drive?.AvailableFreeSpace;
    }
}
