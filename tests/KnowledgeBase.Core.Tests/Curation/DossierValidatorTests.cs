using KnowledgeBase.Core.Dossiers;

namespace KnowledgeBase.Core.Tests.Curation;

/// <summary>What a dossier must be: a draft keeps to the limits and names published write-ups only; a publication also needs every part.</summary>
public sealed class DossierValidatorTests
{
    private static readonly Dictionary<long, string> Public = new() { [1] = "Un", [2] = "Deux", [3] = "Trois" };

    private static DossierContent Content(string title = "Titre", string recommendations = "Faire ainsi.", params long[] items) => new()
    {
        Title = title, Introduction = "Pourquoi.", Recommendations = recommendations,
        Items = [.. items.Select(i => new DossierItem { InitiativeId = i, Note = "Parce que." })],
    };

    private static string[] Fields(DossierContent content, bool forPublication) =>
        [.. DossierValidator.Validate(content, Public, forPublication).Select(p => p.Field)];

    [Fact]
    public void A_complete_dossier_of_published_write_ups_passes() => Assert.Empty(Fields(Content(items: [1, 2, 3]), forPublication: true));

    [Fact]
    public void A_draft_may_be_incomplete_but_never_name_an_unpublished_or_repeated_write_up()
    {
        Assert.Empty(Fields(Content("", "", 1), forPublication: false));
        Assert.Equal(["items[1]", "items[2]"], Fields(Content(items: [1, 99, 1]), forPublication: false));
    }

    [Fact]
    public void Publishing_needs_a_title_both_sections_three_write_ups_and_a_note_on_each()
    {
        Assert.Equal(["title", "recommendations", "items"], Fields(Content("", "", 1, 2), forPublication: true));
        var noNote = Content(items: [1, 2, 3]);
        noNote.Items[2].Note = " ";
        Assert.Equal(["items[2].note"], Fields(noNote, forPublication: true));
        Assert.Contains(DossierValidator.Validate(Content(new string('t', 201), items: [1, 2, 3]), Public, false), p => p.Message.Contains("caractères"));
    }
}
