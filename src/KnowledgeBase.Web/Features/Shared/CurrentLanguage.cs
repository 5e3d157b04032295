using System.Globalization;

namespace KnowledgeBase.Web.Features.Shared;

/// <summary>The language of the current request, for data that carries both labels.</summary>
public static class CurrentLanguage
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
    public static string Code => IsEnglish ? "en" : "fr";
}
