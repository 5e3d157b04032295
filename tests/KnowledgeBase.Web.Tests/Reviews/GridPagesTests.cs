using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Web.Tests.Reviews;

/// <summary>The admins' grid editor through HTTP (a site of its own: it changes the grid everyone uses).</summary>
public abstract class GridPagesTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task An_admin_saves_a_new_version_and_errors_keep_what_was_typed()
    {
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var (_, page) = await Html.Get(admin, "/admin/grille-d-evaluation");
        var fields = page.QuerySelectorAll("form[action='/admin/grille-d-evaluation'] input, form[action='/admin/grille-d-evaluation'] textarea")
            .Where(e => e.GetAttribute("name") is { } name && name != "__RequestVerificationToken" && (e.GetAttribute("type") != "checkbox" || e.HasAttribute("checked")))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .ToList();
        Assert.Equal("Innovation", fields.Single(f => f.Key == "Criteria[1].NameFr").Value);
        var rows = fields.Count(f => f.Key.EndsWith(".NameFr"));

        // An emptied name: refused next to the field, every other value kept.
        var invalid = fields.Select(f => f.Key == "Criteria[1].NameFr" ? new(f.Key, " ") : f)
            .Select(f => f.Key == "Criteria[2].DescriptionFr" ? new(f.Key, "Description retouchée à garder") : f).ToList();
        var refused = await Forms.Post(admin, page, "/admin/grille-d-evaluation", invalid.Append(new("command", "save")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedDoc = await Html.Parse(refused);
        Assert.Equal("Le nom du critère en français est obligatoire.", refusedDoc.QuerySelector(".field-error[data-field='Criteria[1].NameFr']")!.TextContent.Trim());
        Assert.Equal("Description retouchée à garder", refusedDoc.QuerySelector("#criteria-2-DescriptionFr")!.TextContent);

        // A new criterion in the blank row, and a changed weight: version 2.
        var changed = fields.Select(f => f.Key == "Criteria[1].Weight" ? new(f.Key, "3") : f)
            .Select(f => f.Key == $"Criteria[{rows - 1}].NameFr" ? new(f.Key, "Sobriété des moyens") : f)
            .Append(new("command", "save"));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.Post(admin, page, "/admin/grille-d-evaluation", changed)).StatusCode);
        var (_, grid) = await Html.Get(site.CreateClient(), "/grille-d-evaluation");
        Assert.Contains("Version 2", grid.Body!.TextContent);
        Assert.Contains("Sobriété des moyens", grid.QuerySelector("table.grid-criteria")!.TextContent);
    }
}

public sealed class SqliteGridPagesTests(SqliteSite site) : GridPagesTests<SqliteSite>(site);

[Trait("Database", "PostgreSql")]
public sealed class PostgreSqlGridPagesTests(PostgreSqlSite site) : GridPagesTests<PostgreSqlSite>(site);
