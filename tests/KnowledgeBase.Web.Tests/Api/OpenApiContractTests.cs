using System.Text.Json.Nodes;
using Json.Schema;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>
/// The OpenAPI document describes every endpoint, parameter and schema with an example, and
/// every endpoint's real answer validates against the schema the document gives for it, made
/// strict (no property the document does not name).
/// </summary>
public sealed class OpenApiContractTests(SqliteSite site) : IClassFixture<SqliteSite>, IAsyncLifetime
{
    private static readonly Uri Base = new("https://kb.test/openapi/v1.json");
    private readonly HttpClient client = site.CreateClient();
    private JsonObject document = null!;

    public async Task InitializeAsync()
    {
        await Eventually.IndexCaughtUp(site);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IEnumerable<(string Path, JsonObject Operation)> Operations =>
        document["paths"]!.AsObject().Select(p => (p.Key, p.Value!["get"]!.AsObject()));

    [Fact]
    public void Every_endpoint_parameter_and_schema_is_described_with_an_example()
    {
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(document["info"]!["description"]?.GetValue<string>()));
        var paths = Operations.Select(o => o.Path).ToList();
        foreach (var expected in new[] { "/api/initiatives", "/api/initiatives/{slug}", "/api/search", "/api/observatory", "/api/taxonomies", "/api/territories" })
            Assert.Contains(expected, paths);
        foreach (var (path, operation) in Operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), path);
            Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), path);
            foreach (var parameter in operation["parameters"]!.AsArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(parameter!["description"]?.GetValue<string>()), $"{path} {parameter["name"]}");
                Assert.NotNull(parameter["example"]);
            }
            var ok = operation["responses"]!["200"]!["content"]!["application/json"]!;
            Assert.NotNull(ok["example"]);
            Assert.NotNull(operation["responses"]!["400"]);
            Assert.NotNull(operation["responses"]!["304"]);
        }
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject().Where(s => s.Key != "ProblemDetails" && s.Key != "HttpValidationProblemDetails"))
        {
            Assert.False(string.IsNullOrWhiteSpace(schema!["description"]?.GetValue<string>()), name);
            Assert.True(schema["examples"] is JsonArray { Count: > 0 } || schema["example"] is not null, name);
            foreach (var (property, definition) in schema["properties"]?.AsObject() ?? [])
                Assert.True(definition!["description"] is not null || definition["oneOf"]?.AsArray().Any(o => o!["description"] is not null) == true,
                    $"{name}.{property}");
        }
    }

    [Fact]
    public async Task Every_endpoint_answers_as_its_schema_says()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        options.SchemaRegistry.Register(Base, new JsonNodeBaseDocument(Strict(document), Base));
        var checkedAnswers = 0;
        foreach (var (path, operation) in Operations)
        {
            var schemaRef = operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
            var schema = JsonSchema.FromText($$"""{"$ref": "{{Base}}{{schemaRef}}"}""");
            foreach (var url in Requests(path, operation))
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                var result = schema.Evaluate(answer, options);
                Assert.True(result.IsValid, $"{url} ne suit pas {schemaRef} :\n" + string.Join("\n",
                    (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10)
                        .Select(d => $"{d.InstanceLocation} : {string.Join(" ; ", d.Errors!.Values)}")));
                checkedAnswers++;
            }
        }
        Assert.True(checkedAnswers >= 12, $"{checkedAnswers} réponses vérifiées");

        // The check itself can fail: a wrong type, a missing or an undocumented property.
        var territories = JsonSchema.FromText($$"""{"$ref": "{{Base}}#/components/schemas/TerritoriesResponse"}""");
        Assert.False(territories.Evaluate(JsonNode.Parse("""{"regions": 5}"""), options).IsValid);
        Assert.False(territories.Evaluate(JsonNode.Parse("""{"regions": [{"code": "84", "name": "X"}]}"""), options).IsValid);
        Assert.False(territories.Evaluate(JsonNode.Parse("""{"regions": [], "email": "x@example.org"}"""), options).IsValid);
        Assert.True(territories.Evaluate(JsonNode.Parse("""{"regions": []}"""), options).IsValid);
    }

    [Fact]
    public async Task Errors_are_problem_documents()
    {
        foreach (var (url, status) in new[] { ("/api/initiatives?inconnu=1", 400), ("/api/initiatives/fiche-inconnue", 404), ("/api/search?page=0", 400) })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(status, problem["status"]!.GetValue<int>());
            Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        }
    }

    /// <summary>For each endpoint: a request with every example value, and one with none (or another language).</summary>
    private static IEnumerable<string> Requests(string path, JsonObject operation)
    {
        var concrete = path.Replace("{slug}", path.StartsWith("/api/dossiers", StringComparison.Ordinal) ? "observation-sociale-partagee" : "dernier-ecrou");
        yield return concrete;
        yield return concrete + (concrete.Contains('?') ? "&" : "?") + "lang=en";
        var query = operation["parameters"]!.AsArray()
            .Where(p => p!["in"]!.GetValue<string>() == "query" && p["name"]!.GetValue<string>() is not ("lang" or "updatedSince"))
            .Select(p => (Name: p!["name"]!.GetValue<string>(), Example: p["example"] is JsonArray a ? a[0]!.GetValue<string>() : p["example"]!.GetValue<string>()))
            .Where(p => p.Name is "q" or "page" or "pageSize" or "sort" or "theme" or "region")
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Name == "q" ? "logement" : p.Example)}");
        if (query.Any()) yield return concrete + "?" + string.Join("&", query);
    }

    /// <summary>The document with every object of ours closed: an undocumented property fails the check.</summary>
    private static JsonObject Strict(JsonObject openapi)
    {
        var copy = openapi.DeepClone().AsObject();
        foreach (var (name, schema) in copy["components"]!["schemas"]!.AsObject())
            if (schema is JsonObject s && s["properties"] is not null && !name.Contains("Problem"))
                s["additionalProperties"] = false;
        return copy;
    }
}
