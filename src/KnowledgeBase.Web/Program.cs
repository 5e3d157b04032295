using KnowledgeBase.Web.Hosting;

// "import [folder]" runs a command instead of the site; the remaining arguments are settings.
var (command, settings) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(settings);
builder.AddKnowledgeBase();
var app = builder.Build();

if (command.Length > 0)
    return CommandLine.Run(app, command);

// In Production, no public address or host names: refuse to start rather than mail links
// built from whatever a request claims.
if (!ProductionSettings.Check(app))
    return 3;

app.PrepareDatabase();
app.UseKnowledgeBase();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
