using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>How the hostile-input test builds each form: from its page, with its token, and the bodies it sends.</summary>
public sealed partial class HostileInputTests
{
    private static Task<FormCase> FromPage(string pattern, HttpClient client, string action, params (string Name, string Value)[] overrides) =>
        FromPageAt(pattern, client, action, action, overrides);

    private static Task<FormCase> OnPage(string pattern, HttpClient client, string action, string page, params (string Name, string Value)[] overrides) =>
        FromPageAt(pattern, client, action, page, overrides);

    private static async Task<FormCase> FromPageAt(string pattern, HttpClient client, string action, string pageUrl, (string Name, string Value)[] overrides)
    {
        var (response, page) = await Html.Get(client, pageUrl);
        var form = page.QuerySelector($"form[action='{action.Split('?')[0]}']")
                   ?? throw new InvalidOperationException($"Pas de formulaire {action} sur {pageUrl} ({(int)response.StatusCode}).");
        var fields = new List<KeyValuePair<string, string>>();
        var choices = new HashSet<string>();
        foreach (var control in form.QuerySelectorAll("[name]"))
        {
            var name = control.GetAttribute("name")!;
            if (name == "__RequestVerificationToken") continue;
            var type = control.GetAttribute("type") ?? "";
            if (control.LocalName == "select" || type is "checkbox" or "radio")
            {
                choices.Add(name);
                if (type is "checkbox" or "radio" && !control.HasAttribute("checked")) continue;
                var value = control.LocalName == "select"
                    ? control.QuerySelector("option[selected]")?.GetAttribute("value") ?? control.QuerySelector("option")?.GetAttribute("value") ?? ""
                    : control.GetAttribute("value") ?? "on";
                fields.Add(new(name, value));
            }
            else if (control.LocalName is "input" or "textarea" && type is not ("submit" or "button"))
            {
                fields.Add(new(name, control.LocalName == "textarea" ? control.TextContent : control.GetAttribute("value") ?? ""));
            }
        }
        foreach (var (name, value) in overrides)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        return new FormCase(pattern, action.Split('?')[0], client, fields, [.. choices]);
    }

    private static FormCase Explicit(string pattern, HttpClient client, string action, params (string Name, string Value)[] fields) =>
        new(pattern, action, client, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList(), []);

    // --- Bodies -----------------------------------------------------------------------------

    // Every page of a signed-in member holds the sign-out form; a visitor gets a token from the sign-in page.
    private static async Task<string> Token(HttpClient client)
    {
        var (_, home) = await Html.Get(client, "/");
        if (home.QuerySelector("form[action='/compte/deconnexion']") is not null) return Html.Token(home, "/compte/deconnexion");
        var (_, signIn) = await Html.Get(client, "/compte/connexion");
        return Html.Token(signIn, "/compte/connexion");
    }

    private static List<KeyValuePair<string, string>> With(IReadOnlyList<KeyValuePair<string, string>> fields, string name, string value)
    {
        var copy = fields.Where(f => f.Key != name).ToList();
        copy.Add(new(name, value));
        return copy;
    }

    private static HttpContent Json(IReadOnlyList<KeyValuePair<string, string>> fields, string token)
    {
        var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value)),
            Encoding.UTF8, "application/json");
        content.Headers.Add("RequestVerificationToken", token);
        return content;
    }

    private static HttpContent Latin1(IReadOnlyList<KeyValuePair<string, string>> fields, string field, string token)
    {
        var latin1 = Encoding.Latin1;
        var pairs = With(fields, field, "Café crème").Append(new("__RequestVerificationToken", token))
            .Select(f => System.Web.HttpUtility.UrlEncode(f.Key, latin1) + "=" + System.Web.HttpUtility.UrlEncode(f.Value, latin1));
        return Raw(string.Join("&", pairs), "application/x-www-form-urlencoded; charset=iso-8859-1");
    }

    private static HttpContent Raw(string body, string type = "application/x-www-form-urlencoded")
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private static string Describe(string? text) =>
        text is null ? "" : text.Length > 40 ? $"{text.Length} caractères" : Regex.Replace(text, @"\p{C}", m => $"U+{(int)m.Value[0]:X4}");
}
