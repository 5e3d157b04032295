using KnowledgeBase.Core.Notifications;
using KnowledgeBase.Core.Workflow;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Web.Features.Notifications;

[Authorize]
public sealed class NotificationsController(NotificationInbox inbox) : Controller
{
    [HttpGet("/notifications")]
    public IActionResult Index() => View(inbox.Latest(Actor.From(User)!.MemberId));

    [HttpPost("/notifications/lues")]
    public IActionResult MarkRead()
    {
        inbox.MarkAllRead(Actor.From(User)!.MemberId);
        return Redirect("/notifications");
    }
}
