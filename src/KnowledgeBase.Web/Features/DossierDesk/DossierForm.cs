using System.ComponentModel.DataAnnotations;
using System.Globalization;
using KnowledgeBase.Core.Dossiers;
using KnowledgeBase.Web.Features.Shared;

namespace KnowledgeBase.Web.Features.DossierDesk;

/// <summary>
/// The dossier form as posted: the texts as typed and the write-ups in order, each with its
/// note. Adding, moving and removing write-ups and searching for more are commands that show
/// the form again with everything typed kept; only "save" writes a revision.
/// </summary>
public sealed class DossierForm
{
    public Guid Version { get; set; }

    [Display(Name = "Titre"), SingleLine, StringLength(ContentRules.TitleMaxLength)] public string? Title { get; set; }
    [Display(Name = "Introduction"), StringLength(DossierRules.SectionMaxLength)] public string? Introduction { get; set; }
    [Display(Name = "Préconisations"), StringLength(DossierRules.SectionMaxLength)] public string? Recommendations { get; set; }
    public List<ItemRow> Items { get; set; } = [];

    /// <summary>Words to find published write-ups to add.</summary>
    [Display(Name = "Chercher des fiches à ajouter"), SingleLine, StringLength(200)] public string? Search { get; set; }

    public sealed class ItemRow
    {
        [Display(Name = "Fiche")] public long InitiativeId { get; set; }
        [Display(Name = "Note sur la fiche"), StringLength(DossierRules.NoteMaxLength)] public string? Note { get; set; }
    }

    public static DossierForm From(DossierContent content, Guid version) => new()
    {
        Version = version,
        Title = content.Title,
        Introduction = content.Introduction,
        Recommendations = content.Recommendations,
        Items = [.. content.Items.Select(i => new ItemRow { InitiativeId = i.InitiativeId, Note = i.Note })],
    };

    public DossierContent ToContent() => new()
    {
        Title = Title?.Trim() ?? "",
        Introduction = Introduction?.Trim() ?? "",
        Recommendations = Recommendations?.Trim() ?? "",
        Items = [.. Items.Select(i => new DossierItem { InitiativeId = i.InitiativeId, Note = i.Note?.Trim() ?? "" })],
    };

    /// <summary>
    /// Applies a command that only changes the form ("add-12", "up-2", "down-2", "remove-2"; the
    /// number is a write-up id for "add", a row for the others); false for any other command.
    /// </summary>
    public bool Apply(string? command)
    {
        if (command is null || command.IndexOf('-') is var dash && dash < 0) return false;
        var verb = command[..dash];
        if (!long.TryParse(command[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        switch (verb)
        {
            case "add":
                if (Items.All(i => i.InitiativeId != number)) Items.Add(new ItemRow { InitiativeId = number });
                return true;
            case "up" when number > 0 && number < Items.Count:
                (Items[(int)number - 1], Items[(int)number]) = (Items[(int)number], Items[(int)number - 1]);
                return true;
            case "down" when number >= 0 && number < Items.Count - 1:
                (Items[(int)number + 1], Items[(int)number]) = (Items[(int)number], Items[(int)number + 1]);
                return true;
            case "remove" when number >= 0 && number < Items.Count:
                Items.RemoveAt((int)number);
                return true;
            case "up" or "down" or "remove" or "add":
                return true;
            default:
                return false;
        }
    }

    /// <summary>The form field showing a problem of <see cref="DossierValidator"/> ("items[2].note" → "Items[2].Note").</summary>
    public static string FieldOf(string problemKey) => problemKey switch
    {
        "title" => nameof(Title),
        "introduction" => nameof(Introduction),
        "recommendations" => nameof(Recommendations),
        "items" => nameof(Items),
        _ when problemKey.StartsWith("items[", StringComparison.Ordinal) && problemKey.EndsWith(".note", StringComparison.Ordinal) => "Items" + problemKey[5..^5] + ".Note",
        _ when problemKey.StartsWith("items[", StringComparison.Ordinal) => "Items" + problemKey[5..],
        _ => "",
    };
}
