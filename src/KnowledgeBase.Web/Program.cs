using KnowledgeBase.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();
var app = builder.Build();

if (CommandLine.IsCommand(args))
    return CommandLine.Run(app, args);

app.PrepareDatabase();
app.UseKnowledgeBase();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
