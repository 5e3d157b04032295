using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Mail;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeBase.Web.Tests.Hardening;

/// <summary>
/// Classes of hostile input, on every POST endpoint of the site and every field of its forms,
/// against the real server: control characters, NUL, bidi overrides, line breaks, 100 KB,
/// unknown list values, extra fields, no token, a JSON body, another charset, invalid UTF-8.
/// Every answer must be below 500 and French; a form shown again keeps what was typed;
/// nothing forbidden is stored; the site still answers. A new POST endpoint without a form
/// to walk here fails the first test.
/// </summary>
public sealed partial class HostileInputTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly string[] HostileTexts =
    [
        "avant\u0000après",
        "cloche\u0007 échap\u001B fin\u0001",
        "photo\u202Egpj.exe",
        "Ligne un\nLigne deux",
        new string('é', 100 * 1024),
    ];

    private const string UnknownChoice = "valeur-inventee-xyz";

    private static readonly Regex English = new(@"\b(The field|is required|is not valid|is invalid|must be a|The value|must be between|maximum length)\b");

    /// <summary>What a form is, and who may see it: a page that shows it, or explicit fields.</summary>
    private sealed record FormCase(string Pattern, string Action, HttpClient Client, IReadOnlyList<KeyValuePair<string, string>> Fields, string[] Choices)
    {
        /// <summary>Checks the antiforgery token (every form of the site; not the error pages nor the health endpoints).</summary>
        public bool Protected { get; init; } = true;

        /// <summary>What every body gets when the address takes no POST at all (the read-only API: 405).</summary>
        public int? RefusedWith { get; init; }
    }

    [Fact]
    public async Task Every_post_endpoint_and_every_field_withstands_hostile_input()
    {
        var cases = await Cases();
        var patterns = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("POST"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        var uncovered = patterns.Except(cases.Select(c => c.Pattern)).ToList();
        Assert.True(uncovered.Count == 0, "Points d'entrée POST sans formulaire dans cette suite :\n" + string.Join("\n", uncovered));

        var problems = new List<string>();
        foreach (var form in cases)
        {
            foreach (var field in form.Fields.Select(f => f.Key).Distinct().Where(k => !form.Choices.Contains(k)))
                foreach (var hostile in HostileTexts)
                    await Check(form, With(form.Fields, field, hostile), field, hostile, problems);
            foreach (var choice in form.Choices)
                await Check(form, With(form.Fields, choice, UnknownChoice), null, null, problems);
            // Fields the form does not have, some named after what must never be posted.
            await Check(form, [.. form.Fields, new("OwnerId", "intrus"), new("State", "Published"), new("IsEditor", "true"), new("Id", "1"), new("Roles", "Admin")],
                null, null, problems);
            await CheckBody(form, problems);
            Assert.Equal(HttpStatusCode.OK, (await site.RawClient().GetAsync("/health/live")).StatusCode);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(40)));

        var stored = await StoredText.All(site);
        var forbidden = stored.Where(t => t.Text.Any(StoredText.IsForbidden)).Select(t => t.Where).Distinct().ToList();
        Assert.True(forbidden.Count == 0, "Caractères interdits enregistrés : " + string.Join(", ", forbidden));
        Assert.DoesNotContain(stored, t => t.Text.Contains(UnknownChoice));
        await using var scope = site.Scope();
        Assert.DoesNotContain(await site.Db(scope).OutgoingMails.Select(m => m.Subject).ToListAsync(), s => s.Contains('\n') || s.Contains('\r'));
    }

    private async Task Check(FormCase form, List<KeyValuePair<string, string>> fields, string? field, string? typed, List<string> problems)
    {
        var token = await Token(form.Client);
        var response = await form.Client.PostAsync(form.Action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        var what = $"{form.Action} {field ?? "(choix ou champs en plus)"}={Describe(typed)}";
        var status = (int)response.StatusCode;
        if (status >= 500) { problems.Add($"{what} : {status}"); return; }
        if (status < 400 || response.Content.Headers.ContentType?.MediaType != "text/html") return;
        var page = await Html.Parse(response);
        CheckFrench(page, what, status, problems);
        if (field is null || typed is null || status is not (422 or 409)) return;
        // Shown again: what was typed is there, cleaned.
        // The form that was posted, when the page shows several with the same fields (one per vocabulary term or synonym group).
        var control = page.QuerySelector($"form[action='{form.Action}'] [name='{field}']") ?? page.QuerySelector($"form [name='{field}']");
        // Passwords are never sent back to the browser; hidden fields and buttons are the page's, not typed.
        if (control is null || control.LocalName is not ("input" or "textarea") || control.GetAttribute("type") is "password" or "hidden" or "submit") return;
        var shown = control.LocalName == "textarea" ? control.TextContent : control.GetAttribute("value") ?? "";
        if (shown.Trim() != TextHygiene.Clean(typed).Trim()) problems.Add($"{what} : texte non conservé (« {Describe(shown)} »)");
    }

    private async Task CheckBody(FormCase form, List<string> problems)
    {
        var token = await Token(form.Client);
        var firstText = form.Fields.FirstOrDefault(f => !form.Choices.Contains(f.Key)).Key ?? "x";
        var bodies = new (string What, HttpContent Content, int[] Expected)[]
        {
            ("sans jeton", new FormUrlEncodedContent(form.Fields), form.Protected ? [400, 302] : []),
            ("JSON", Json(form.Fields, token), form.RefusedWith is { } refused ? [refused] : [415]),
            ("ISO-8859-1", Latin1(form.Fields, firstText, token), []),
            ("UTF-8 non valable", Raw($"{Uri.EscapeDataString(firstText)}=Caf%C3%28&__RequestVerificationToken={Uri.EscapeDataString(token)}"),
                form.RefusedWith is { } none ? [none] : [400]),
        };
        foreach (var (what, content, expected) in bodies)
        {
            var response = await form.Client.PostAsync(form.Action, content);
            var status = (int)response.StatusCode;
            if (status >= 500 || expected.Length > 0 && !expected.Contains(status))
            {
                problems.Add($"{form.Action} {what} : {status}");
                continue;
            }
            if (status >= 400 && response.Content.Headers.ContentType?.MediaType == "text/html")
                CheckFrench(await Html.Parse(response), $"{form.Action} {what}", status, problems);
        }
    }

    private static void CheckFrench(IDocument page, string what, int status, List<string> problems)
    {
        if (page.DocumentElement.GetAttribute("lang") != "fr") problems.Add($"{what} : {status} sans page française (lang « {page.DocumentElement.GetAttribute("lang")} », « {page.QuerySelector("h1")?.TextContent} »)");
        var text = page.Body?.TextContent ?? "";
        if (English.Match(text) is { Success: true } english) problems.Add($"{what} : {status} en anglais (« {english.Value} »)");
        // A form shown again says what is wrong on the form itself; an error page in its explanation.
        var explained = status is 422 or 409
            ? page.QuerySelector(".error-summary, .field-error, .alert-danger, .invalid-feedback") is { } message && message.TextContent.Trim().Length > 0
            : page.QuerySelector(".error-explanation, h1") is not null;
        if (!explained) problems.Add($"{what} : {status} sans message");
    }

    // --- The forms of the site ------------------------------------------------------------

    private async Task<List<FormCase>> Cases()
    {
        var data = new ReviewTestData(site);
        var author = await SignIn.CreateMember(site);
        var authorClient = await SignIn.SignedInClient(site, author);
        var editorMember = await SignIn.CreateMember(site, Roles.Editor);
        var editor = await SignIn.SignedInClient(site, editorMember);
        var admin = await SignIn.SignedInClient(site, Roles.Admin);
        var reviewerMember = await SignIn.CreateMember(site, Roles.Reviewer);
        var reviewer = await SignIn.SignedInClient(site, reviewerMember);
        var anonymous = site.NewClient();
        var authorPerson = new Person(author.Id, author.Email, author.DisplayName, author.Organisation, false);
        var editorPerson = new Person(editorMember.Id, editorMember.Email, editorMember.DisplayName, editorMember.Organisation, true);
        var reviewerPerson = new Person(reviewerMember.Id, reviewerMember.Email, reviewerMember.DisplayName, reviewerMember.Organisation, false);

        var draft = data.Create(authorPerson, new ContentBuilder().Titled("Brouillon de la suite hostile").Build());
        var submitted = data.Create(authorPerson, new ContentBuilder().Titled("Fiche soumise de la suite hostile").Build());
        data.Act(submitted, KnowledgeBase.Core.Workflow.WorkflowAction.Submit, authorPerson);
        var reviewed = data.UnderReview(authorPerson, editorPerson);
        Assert.True(data.Assign(reviewed, editorPerson, reviewerPerson).Succeeded);
        var assignment = data.AssignmentOf(reviewed, reviewerPerson);
        var toAccept = data.UnderReview(authorPerson, editorPerson);
        Assert.True(data.Assign(toAccept, editorPerson, reviewerPerson).Succeeded);
        var invitation = data.AssignmentOf(toAccept, reviewerPerson);
        data.Accept(assignment, reviewerPerson);

        string slug, resetLink;
        long feedbackId, mailId;
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Member>>();
            var someone = await users.FindByIdAsync((await SignIn.CreateMember(site)).Id);
            var resetToken = await users.GeneratePasswordResetTokenAsync(someone!);
            resetLink = $"/compte/reinitialisation?id={someone!.Id}&code={Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(resetToken))}";
            var db = site.Db(scope);
            slug = await db.Initiatives.Where(i => i.PublishedRevisionId != null).OrderBy(i => i.Id).Select(i => i.Slug).FirstAsync();
            var published = await db.Initiatives.SingleAsync(i => i.Slug == slug);
            var feedback = new KnowledgeBase.Core.Feedback.PractitionerFeedback
            {
                InitiativeId = published.Id, AuthorId = editorMember.Id, Kind = KnowledgeBase.Core.Feedback.FeedbackKind.Remark,
                Text = "Un retour à signaler.", State = KnowledgeBase.Core.Feedback.FeedbackState.Visible, CreatedAt = DateTime.UtcNow,
            };
            db.Feedback.Add(feedback);
            var failed = new OutgoingMail { To = "x@example.org", Subject = "Échec", Body = "…", State = MailState.Failed, CreatedAt = DateTime.UtcNow };
            db.OutgoingMails.Add(failed);
            await db.SaveChangesAsync();
            (feedbackId, mailId) = (feedback.Id, failed.Id);
        }

        var cases = new List<FormCase>
        {
            await FromPage("/compte/inscription", anonymous, "/compte/inscription"),
            await FromPage("/compte/renvoyer-confirmation", anonymous, "/compte/renvoyer-confirmation"),
            await FromPage("/compte/connexion", anonymous, "/compte/connexion", ("Email", "inconnu@example.org"), ("Password", "mauvais mot de passe")),
            await FromPage("/compte/mot-de-passe-oublie", anonymous, "/compte/mot-de-passe-oublie"),
            await OnPage("/compte/reinitialisation", anonymous, "/compte/reinitialisation", resetLink),
            await FromPage("/compte", authorClient, "/compte"),
            await FromPage("/compte/mot-de-passe", authorClient, "/compte/mot-de-passe"),
            await FromPage("/compte/suppression", authorClient, "/compte/suppression"),
            Explicit("/compte/saisie-conservee/{id}/abandon", authorClient, "/compte/saisie-conservee/inconnue/abandon"),
            Explicit("/compte/deconnexion", anonymous, "/compte/deconnexion"),
            await FromPage("/fiches/nouvelle", authorClient, "/fiches/nouvelle", ("command", "save")),
            await FromPage("/fiches/{id:long}/modifier", authorClient, $"/fiches/{draft}/modifier", ("command", "save")),
            Explicit("/fiches/apercu", authorClient, "/fiches/apercu", ("markdownText", "**gras**")),
            await OnPage("/gestion/fiches/{id:long}/actions", editor, $"/gestion/fiches/{submitted}/actions", $"/gestion/fiches/{submitted}"),
            await FromPage("/gestion/fiches/{id:long}/evaluateurs", editor, $"/gestion/fiches/{reviewed}/evaluateurs"),
            Explicit("/gestion/fiches/{id:long}/evaluateurs/reinviter", editor, $"/gestion/fiches/{reviewed}/evaluateurs/reinviter", ("dueDate", "2030-01-01")),
            Explicit("/gestion/fiches/{id:long}/evaluateurs/{assignmentId:long}/retirer", editor, $"/gestion/fiches/{reviewed}/evaluateurs/999999/retirer"),
            await OnPage("/gestion/fiches/{id:long}/decision", editor, $"/gestion/fiches/{reviewed}/decision", $"/gestion/fiches/{reviewed}/evaluations"),
            await OnPage("/evaluations/{id:long}/accepter", reviewer, $"/evaluations/{invitation}/accepter", $"/evaluations/{invitation}"),
            await OnPage("/evaluations/{id:long}/decliner", reviewer, $"/evaluations/{assignment}/decliner", $"/evaluations/{assignment}"),
            await FromPage("/evaluations/{id:long}", reviewer, $"/evaluations/{assignment}", ("command", "draft")),
            await OnPage("/initiatives/{slug}/retours", authorClient, $"/initiatives/{slug}/retours", $"/initiatives/{slug}/retours/nouveau"),
            Explicit("/initiatives/{slug}/retours/{id:long}/signaler", authorClient, $"/initiatives/{slug}/retours/{feedbackId}/signaler", ("reason", "Hors sujet")),
            await OnPage("/ma-selection/garder", authorClient, "/ma-selection/garder", $"/initiatives/{slug}"),
            Explicit("/ma-selection/retirer", authorClient, "/ma-selection/retirer", ("initiativeId", "1"), ("returnUrl", $"/initiatives/{slug}")),
            Explicit("/gestion/retours/{id:long}", editor, $"/gestion/retours/{feedbackId}", ("decision", "publish")) with { Choices = ["decision"] },
            Explicit("/notifications/lues", authorClient, "/notifications/lues"),
            await OnPage("/admin/membres/{id}/roles", admin, $"/admin/membres/{author.Id}/roles", "/admin/membres?q=" + Uri.EscapeDataString(author.Email)),
            Explicit("/admin/courriels/{id:long}/renvoyer", admin, $"/admin/courriels/{mailId}/renvoyer"),
            await FromPage("/admin/grille-d-evaluation", admin, "/admin/grille-d-evaluation"),
            Explicit("/erreur", anonymous, "/erreur", ("x", "y")) with { Protected = false },
            Explicit("/erreur/{code}", anonymous, "/erreur/500", ("x", "y")) with { Protected = false },
            Explicit("/health/live", anonymous, "/health/live", ("x", "y")) with { Protected = false },
            Explicit("/health/ready", anonymous, "/health/ready", ("x", "y")) with { Protected = false },
            Explicit("/health/details", anonymous, "/health/details", ("x", "y")) with { Protected = false },
            Explicit("/api/{*path:nonfile}", anonymous, "/api/initiatives", ("x", "y")) with { Protected = false, RefusedWith = 405 },
        };
        cases.AddRange(await CurationCases(editor));
        return cases;
    }
}
