using KnowledgeBase.Web.Hosting;

// "import [folder]" runs a command instead of the site; the remaining arguments are settings.
var (command, settings) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(settings);
builder.AddKnowledgeBase();
var app = builder.Build();

if (command.Length > 0)
    return CommandLine.Run(app, command);

app.PrepareDatabase();
app.UseKnowledgeBase();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
