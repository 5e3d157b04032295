using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Core.Selections;

namespace KnowledgeBase.Core.Feedback;

/// <summary>Tells the members who keep a write-up in their selection that a feedback on it became visible.</summary>
internal static class FeedbackNotices
{
    /// <summary>
    /// Queues an in-app notification and an email for each follower, except the feedback's
    /// author and the write-up's owner (told on their own).
    /// </summary>
    public static void QueueFollowers(KnowledgeBaseDbContext db, ReviewNotifier notifier, Initiative initiative, string? feedbackAuthor)
    {
        var title = initiative.PublishedRevision?.Content.Title ?? initiative.Slug;
        var url = $"/initiatives/{initiative.Slug}#retours";
        var text = $"Nouveau retour d'expérience sur « {title} », une fiche de votre sélection.";
        foreach (var follower in PersonalSelection.Followers(db, initiative.Id, feedbackAuthor, initiative.OwnerId))
            notifier.Queue(follower, initiative.Id, text, url, $"KnowledgeBase – nouveau retour sur {title}",
                $"{text}\n\nLire le retour : {notifier.Link(url)}\n\nVous recevez ce message parce que cette fiche est dans votre sélection ({notifier.Link("/ma-selection")}).\n");
    }
}
