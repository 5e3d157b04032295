using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Admin;

/// <summary>/admin/etat: this node's health now and since it started, for administrators.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class StatusController(NodeStatus status) : Controller
{
    [HttpGet("/admin/etat")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Status", await status.ReadAsync(cancellationToken));
}
