using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Services of the public read API: problem documents, CORS open to every origin for reading,
/// and the OpenAPI 3 document (/openapi/v1.json) with a description and an example for every
/// endpoint, parameter and schema.
/// </summary>
public static class ApiRegistration
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public static IHostApplicationBuilder AddKnowledgeBaseApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ApiDocuments>();
        services.AddProblemDetails();
        services.AddCors(o => o.AddPolicy(PublicApi.CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()
            .WithExposedHeaders("ETag", "Last-Modified", "Content-Language")));
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "KnowledgeBase – API publique de lecture",
                    Version = "1.0",
                    Description = "Les fiches d'expérience publiées de la banque d'expériences de l'action sociale locale, les dossiers de l'équipe éditoriale, la recherche, "
                        + "l'observatoire, les vocabulaires et les territoires. Lecture seule, sans authentification, ouverte à toutes les origines (CORS). "
                        + "Libellés en français ou en anglais (?lang= ou Accept-Language). Réponses avec ETag et Cache-Control ; "
                        + "erreurs au format application/problem+json (RFC 9457). Guide en français : /api.",
                    License = new OpenApiLicense { Name = "Données publiques de la base ; fond de carte de l'observatoire sous CC BY 4.0" },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(DescribeOperation);
            options.AddSchemaTransformer(DescribeSchema);
        });
        return builder;
    }

    /// <summary>The query parameters the endpoint declares (<see cref="ApiParameters"/>), its path parameter and answers.</summary>
    private static Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        operation.Parameters ??= [];
        var dossier = context.Description.RelativePath?.StartsWith("api/dossiers", StringComparison.Ordinal) == true;
        foreach (var path in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
        {
            path.Description = dossier
                ? "Identifiant stable du dossier (slug), tel qu'il figure dans l'adresse de sa page."
                : "Identifiant stable de la fiche (slug), tel qu'il figure dans l'adresse de sa page.";
            path.Example = JsonValue.Create(dossier ? "partenariats-region-departement-formation" : "commission-attribution-logements-partagee");
        }
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiParameters>().FirstOrDefault();
        foreach (var p in declared?.All ?? [])
        {
            var schema = p.Kind switch
            {
                ApiParameterKind.Integer => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = p.Min.ToString(), Maximum = p.Max.ToString() },
                ApiParameterKind.DateTime => new OpenApiSchema { Type = JsonSchemaType.String, Description = "date (2025-01-31) ou date-time ISO 8601" },
                ApiParameterKind.Choice => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. p.Choices!.Select(c => (JsonNode)JsonValue.Create(c))] },
                _ => new OpenApiSchema { Type = JsonSchemaType.String },
            };
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = p.Name,
                In = ParameterLocation.Query,
                Description = p.Description,
                Schema = p.Multiple ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                Style = ParameterStyle.Form,
                Explode = true,
                Example = p.Multiple ? new JsonArray(JsonValue.Create(p.Example)) : JsonValue.Create(p.Example),
            });
        }
        if (operation.Responses is { } responses)
        {
            foreach (var (status, response) in responses)
            {
                if (response is not OpenApiResponse answer) continue;
                answer.Description = status switch
                {
                    "200" => "La ressource demandée.",
                    "304" => "Inchangée depuis la version que le client détient (If-None-Match ou If-Modified-Since).",
                    "400" => "Paramètre inconnu ou valeur invalide : le document de problème (RFC 9457) dit lequel dans errors.",
                    "404" => dossier ? "Aucun dossier publié ne porte ce nom." : "Aucune fiche publiée ne porte ce nom.",
                    _ => answer.Description,
                };
                if (answer.Content is null) continue;
                foreach (var (_, media) in answer.Content)
                    if (media.Schema is OpenApiSchemaReference reference && ExampleOf(reference.Reference.Id, context.ApplicationServices) is { } example)
                        media.Example = example;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>Each of the API's documents: its description, an example, and every property marked as always present.</summary>
    private static Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken _)
    {
        var type = context.JsonTypeInfo.Type;
        if (type.Namespace != typeof(ApiRegistration).Namespace) return Task.CompletedTask;
        // A property's own description (set by the generator) stays; the type's fills the rest.
        if (type.GetCustomAttribute<DescriptionAttribute>() is { } description) schema.Description ??= description.Description;
        if (Example(type, context.ApplicationServices) is { } example) schema.Examples = [example];
        if (schema.Properties is { Count: > 0 } properties) schema.Required = new HashSet<string>(properties.Keys);
        return Task.CompletedTask;
    }

    private static JsonNode? ExampleOf(string? schemaId, IServiceProvider services) =>
        schemaId is null ? null : typeof(ApiRegistration).Assembly.GetType($"{typeof(ApiRegistration).Namespace}.{schemaId}") is { } type
            ? Example(type, services) : null;

    private static JsonNode? Example(Type type, IServiceProvider services) =>
        type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is { } value
            ? JsonSerializer.SerializeToNode(value, type, services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions)
            : null;
}
