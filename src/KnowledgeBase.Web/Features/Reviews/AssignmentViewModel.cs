using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Reviews;
using KnowledgeBase.Web.Features.Initiatives;
using Microsoft.AspNetCore.Html;

namespace KnowledgeBase.Web.Features.Reviews;

/// <summary>One assignment as its reviewer sees it, with the write-up's sections rendered and the form's values.</summary>
public sealed record AssignmentViewModel(AssignmentView View, IReadOnlyList<RenderedSection> Sections)
{
    /// <summary>What the reviewer typed, kept when the form comes back with errors.</summary>
    public ReviewForm? Typed { get; init; }
    public string? TypedReason { get; init; }

    /// <summary>The values the form shows: what was just typed, else the saved draft.</summary>
    public ReviewForm Form => Typed ?? (View.OwnReview is { } review ? ReviewForm.From(review) : new ReviewForm());

    public static AssignmentViewModel From(AssignmentView view, MarkdownRenderer markdown) => new(view,
        SectionHeadings.All
            .Select(s => new RenderedSection(s.Key, s.Heading, new HtmlString(markdown.ToHtml(s.Get(view.Content.Sections)))))
            .Where(s => s.Html.Value!.Length > 0)
            .ToList());
}
