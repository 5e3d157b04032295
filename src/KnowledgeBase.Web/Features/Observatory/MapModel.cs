using KnowledgeBase.Core.Observation;

namespace KnowledgeBase.Web.Features.Observatory;

/// <summary>What the map partial needs: the départements' counts, where each leads, how each is named, and the ids of its title and summary.</summary>
public sealed record MapModel(
    IReadOnlyList<FigureValue> Departements,
    Func<FigureValue, string> Link,
    Func<FigureValue, string> Name,
    string TitleId,
    string SummaryId,
    string TableId);
