using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Initiatives;
using KnowledgeBase.Core.Taxonomy;
using KnowledgeBase.Web.Features.Writing;

namespace KnowledgeBase.Web.Tests.Content;

/// <summary>
/// Every example of content/initiatives passes what a member's submission goes through: the
/// write-up form's field limits (as MVC checks them when the form is posted) and ContentValidator
/// (as the workflow checks on submit and publish). It also comes back from the form unchanged,
/// so an editor who opens an example and saves it changes nothing.
/// </summary>
public class ExampleSubmissionTests
{
    private static readonly Lazy<Catalog> Catalog = new(() => new Catalog(
        TaxonomyFiles.ReadTerms(RepositoryPaths.Content),
        TaxonomyFiles.ReadRegions(RepositoryPaths.Content),
        TaxonomyFiles.ReadDepartements(RepositoryPaths.Content)));

    public static TheoryData<string> ExampleFiles =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "initiatives"), "*.md").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_examples_are_all_checked() => Assert.True(ExampleFiles.Count >= 45);

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_passes_the_submission_validation(string name)
    {
        var (file, unreadable) = InitiativeFile.Parse(name, File.ReadAllText(Path.Combine(RepositoryPaths.Content, "initiatives", name)));
        Assert.True(file is not null, $"{name} : {string.Join(" ", unreadable)}");

        var form = InitiativeForm.From(file!.Content, Guid.NewGuid());
        var problems = FormProblems(form).ToList();
        var submitted = form.ToContent();
        problems.AddRange(ContentValidator.Validate(submitted, Catalog.Value).Select(p => $"{p.Field} : {p.Message}"));
        if (JsonSerializer.Serialize(submitted) != JsonSerializer.Serialize(file.Content))
            problems.Add("le formulaire ne rend pas la fiche à l'identique (une virgule dans un mot-clé ou un auteur ?)");

        Assert.True(problems.Count == 0, $"{name} :\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_check_reports_a_problem_of_the_form_and_one_of_the_validator()
    {
        var content = new ContentBuilder().Build();
        content.Contact.Email = "pas une adresse";
        content.Territory.RegionCode = "99";
        var form = InitiativeForm.From(content, Guid.NewGuid());
        Assert.Contains(FormProblems(form), p => p.StartsWith(nameof(InitiativeForm.ContactEmail)));
        Assert.Contains(ContentValidator.Validate(form.ToContent(), Catalog.Value), p => p.Field == "territory.region");
    }

    /// <summary>The form's data annotations, nested rows included, as MVC's model validation sees them.</summary>
    private static IEnumerable<string> FormProblems(InitiativeForm form) =>
        new object[] { form }.Concat(form.Partners).Concat(form.Links).SelectMany(model =>
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
            return results.Select(r => $"{string.Join(", ", r.MemberNames)} : {r.ErrorMessage}");
        });
}
