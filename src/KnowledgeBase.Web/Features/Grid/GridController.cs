using KnowledgeBase.Web.Features.Shared;
using System.Globalization;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Features.Grid;

/// <summary>The public evaluation grid and how evidence levels are decided; the admins' grid editor.</summary>
public sealed class GridController(EvaluationGridEditing grids, IOptions<ReviewOptions> options) : Controller
{
    [HttpGet("/grille-d-evaluation")]
    public IActionResult Show() => View(new GridPageModel(grids.Current(), options.Value.MinimumReviews, User.IsInRole(Roles.Admin)));

    [HttpGet("/admin/grille-d-evaluation")]
    [Authorize(Roles = Roles.Admin)]
    public IActionResult Edit()
    {
        var grid = grids.Current();
        return View(new GridEditModel(grid, grids.Versions(), GridForm.From(grid).WithBlankRow()));
    }

    [HttpPost("/admin/grille-d-evaluation")]
    [Authorize(Roles = Roles.Admin)]
    public IActionResult Update(GridForm form, string? command)
    {
        if (command == "add-row") return Redisplay(form.WithBlankRow(), StatusCodes.Status200OK);
        var (outcome, saved) = grids.SaveNewVersion(form.ToDrafts(), Actor.From(User)!);
        if (outcome.Succeeded)
        {
            TempData.SetFlash("Grille enregistrée : les nouvelles évaluations utiliseront cette version ; les évaluations commencées gardent la leur.");
            return Redirect("/admin/grille-d-evaluation");
        }
        var indexes = form.KeptIndexes();
        foreach (var problem in outcome.Problems)
        {
            // The service numbers the rows kept; the form numbers all the rows it showed.
            var field = problem.Field;
            if (field.StartsWith("Criteria[", StringComparison.Ordinal)
                && int.TryParse(field["Criteria[".Length..field.IndexOf(']')], out var kept) && kept < indexes.Count)
                field = $"Criteria[{indexes[kept]}]" + field[(field.IndexOf(']') + 1)..];
            ModelState.AddModelError(field, problem.Message);
        }
        return Redisplay(form, outcome.Kind == OutcomeKind.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict);
    }

    private ViewResult Redisplay(GridForm form, int status)
    {
        Response.StatusCode = status;
        return View("Edit", new GridEditModel(grids.Current(), grids.Versions(), form));
    }
}

public sealed record GridPageModel(EvaluationGrid Grid, int MinimumReviews, bool IsAdmin);

public sealed record GridEditModel(EvaluationGrid Current, IReadOnlyList<GridVersion> Versions, GridForm Form);

/// <summary>The grid editor's form: one row per criterion, in the order typed; rows marked "remove" or left blank are dropped.</summary>
public sealed class GridForm
{
    public List<CriterionRow> Criteria { get; set; } = [];

    public static GridForm From(EvaluationGrid grid) => new()
    {
        Criteria = grid.Ordered.Select(c => new CriterionRow
        {
            Key = c.Key, NameFr = c.NameFr, NameEn = c.NameEn, DescriptionFr = c.DescriptionFr, DescriptionEn = c.DescriptionEn,
            Weight = c.Weight.ToString(CultureInfo.InvariantCulture), Order = c.Order.ToString(CultureInfo.InvariantCulture), MeasuresResults = c.MeasuresResults,
        }).ToList(),
    };

    public GridForm WithBlankRow()
    {
        Criteria.Add(new CriterionRow { Weight = "1", Order = (Criteria.Count + 1).ToString(CultureInfo.InvariantCulture) });
        return this;
    }

    /// <summary>Indexes (in <see cref="Criteria"/>) of the rows kept, in the order they will have.</summary>
    public List<int> KeptIndexes() =>
        Criteria.Select((row, index) => (row, index))
            .Where(x => !x.row.Remove && !x.row.IsBlank)
            .OrderBy(x => int.TryParse(x.row.Order, out var o) ? o : int.MaxValue).ThenBy(x => x.index)
            .Select(x => x.index).ToList();

    public List<CriterionDraft> ToDrafts() =>
        KeptIndexes().Select(i => Criteria[i]).Select(row => new CriterionDraft(
            row.Key, row.NameFr ?? "", row.NameEn, row.DescriptionFr, row.DescriptionEn,
            int.TryParse(row.Weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var w) ? w : 0, row.MeasuresResults)).ToList();
}

public sealed class CriterionRow
{
    public string? Key { get; set; }
    public string? NameFr { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public string? Weight { get; set; }
    public string? Order { get; set; }
    public bool MeasuresResults { get; set; }
    public bool Remove { get; set; }

    /// <summary>A new row left empty (the blank row the form always offers).</summary>
    public bool IsBlank => string.IsNullOrEmpty(Key) && string.IsNullOrWhiteSpace(NameFr) && string.IsNullOrWhiteSpace(NameEn)
                           && string.IsNullOrWhiteSpace(DescriptionFr) && string.IsNullOrWhiteSpace(DescriptionEn);
}
