namespace KnowledgeBase.Web.Features.Initiatives;

public sealed record InitiativeListViewModel(ListParameters Parameters, Page<InitiativeCard> Page)
{
    public bool SortedByTitle => Parameters.ToQuery().Sort == ListSort.Title;
}
