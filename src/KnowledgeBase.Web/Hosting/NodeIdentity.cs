using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Who this web node is, for the status page, the health report and work leases: its name
/// (KnowledgeBase:NodeName, else the machine name), an instance id that differs between two
/// processes on one machine, when it started and the version it runs.
/// </summary>
public sealed class NodeIdentity
{
    public NodeIdentity(IOptions<KnowledgeBaseOptions> options, TimeProvider clock)
    {
        Name = options.Value.NodeName is { Length: > 0 } name ? name : Environment.MachineName;
        Instance = $"{Name}/{Environment.ProcessId}/{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
        StartedAt = clock.GetUtcNow().UtcDateTime;
        var assembly = typeof(NodeIdentity).Assembly;
        Version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                  ?? assembly.GetName().Version?.ToString() ?? "?";
    }

    public string Name { get; }

    /// <summary>Unique per process: what holds a <see cref="Core.Leases.WorkLease"/>.</summary>
    public string Instance { get; }

    public DateTime StartedAt { get; }
    public string Version { get; }
}
