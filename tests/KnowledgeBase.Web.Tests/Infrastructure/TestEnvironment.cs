using System.Runtime.CompilerServices;

namespace KnowledgeBase.Web.Tests.Infrastructure;

internal static class TestEnvironment
{
    /// <summary>
    /// Sites started by the tests do not watch their settings files: each watcher takes one of
    /// the few inotify instances a user may have (128 by default, shared by every process of
    /// the user on the machine), and a test run starts many sites.
    /// </summary>
    [ModuleInitializer]
    internal static void NoSettingsWatchers() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
