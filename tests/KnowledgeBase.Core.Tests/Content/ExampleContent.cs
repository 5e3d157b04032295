using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Taxonomy;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>
/// The repository's content/ as the example tests read it: every write-up file parsed, and the
/// vocabularies and territories it must cover. A file that cannot be read fails with its name.
/// </summary>
internal static class ExampleContent
{
    public static string Root => RepositoryPaths.Content;

    public static string Folder(string name) => Path.Combine(Root, name);

    private static readonly Lazy<IReadOnlyList<(string Name, string Text, InitiativeFile File)>> files = new(() =>
        Directory.GetFiles(Folder("initiatives"), "*.md").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            var (file, problems) = InitiativeFile.Parse(name, text);
            return file is null
                ? throw new InvalidDataException($"{name} : {string.Join(" ", problems)}")
                : (name, text, file);
        }).ToList());

    /// <summary>Every write-up of content/initiatives with its file name and raw text.</summary>
    public static IReadOnlyList<(string Name, string Text, InitiativeFile File)> Files => files.Value;

    public static IReadOnlyList<TaxonomyTerm> Terms(string kind) =>
        TaxonomyFiles.ReadTerms(Root).Where(t => t.Kind == kind).ToList();

    public static Catalog Catalog() =>
        new(TaxonomyFiles.ReadTerms(Root), TaxonomyFiles.ReadRegions(Root), TaxonomyFiles.ReadDepartements(Root));

    /// <summary>Lower case, no accents, one kind of apostrophe: "Aller-vers l’Écrou" → "aller-vers l'ecrou".</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c is '’' or 'ʼ' ? '\'' : char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
