using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>
/// Where a page shows a flash message. Most show it at their top; a write-up's page reads the
/// selection and feedback messages only for members, each where its form is (reading TempData
/// for a visitor would answer with a cookie, and such a page cannot be cached for everyone).
/// </summary>
public enum FlashPlace
{
    Page,
    Selection,
    Feedback,
}

/// <summary>
/// The one way to tell the next page what an action did ("Brouillon enregistré.") across the
/// redirect that follows a form: a French text in TempData, shown once by the <c>_Flash</c>
/// partial in the reader's language.
/// </summary>
public static class FlashMessages
{
    private const string DetailsKey = "FlashDetails";

    public static void SetFlash(this ITempDataDictionary tempData, string message, FlashPlace place = FlashPlace.Page) =>
        tempData[Key(place)] = message;

    /// <summary>Lines that go with the message (who could not be invited again, and why).</summary>
    public static void SetFlashDetails(this ITempDataDictionary tempData, IEnumerable<string> lines) =>
        tempData[DetailsKey] = string.Join("\n", lines);

    public static string? Flash(this ITempDataDictionary tempData, FlashPlace place = FlashPlace.Page) =>
        tempData[Key(place)] as string;

    public static IReadOnlyList<string> FlashDetails(this ITempDataDictionary tempData) =>
        tempData[DetailsKey] is string lines ? lines.Split('\n') : [];

    private static string Key(FlashPlace place) => place == FlashPlace.Page ? "Flash" : "Flash" + place;
}
