using KnowledgeBase.Core.Mail;
using KnowledgeBase.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>The outbox for administrators: every message with its state, attempts and last error; a failed one can be tried again.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class MailController(MailOutbox outbox) : Controller
{
    [HttpGet("/admin/courriels")]
    public async Task<IActionResult> Index([FromQuery] string? etat, [FromQuery] int page = 1)
    {
        var state = Enum.TryParse<MailState>(etat, out var s) && Enum.IsDefined(s) && !int.TryParse(etat, out _) ? s : (MailState?)null;
        return View("Mail", new MailViewModel(state, await outbox.PageAsync(state, page, cancellationToken: HttpContext.RequestAborted)));
    }

    [HttpPost("/admin/courriels/{id:long}/renvoyer")]
    public async Task<IActionResult> Retry(long id)
    {
        TempData.SetFlash(await outbox.RetryAsync(id, HttpContext.RequestAborted)
            ? "Le courriel est remis dans la file d'envoi."
            : "Ce courriel n'est pas en échec : rien à renvoyer.");
        return Redirect("/admin/courriels");
    }
}

public sealed record MailViewModel(MailState? State, OutboxPage Page)
{
    public PagerModel Pager => new(Page.Number, Page.PageCount, n => Url(State, n));

    public static string Url(MailState? state, int page = 1)
    {
        var query = new List<string>();
        if (state is { } s) query.Add("etat=" + s);
        if (page > 1) query.Add("page=" + page);
        return "/admin/courriels" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    public static string Label(MailState state) => state switch
    {
        MailState.Pending => "En attente",
        MailState.Sent => "Envoyé",
        MailState.Failed => "En échec",
        _ => state.ToString(),
    };
}
