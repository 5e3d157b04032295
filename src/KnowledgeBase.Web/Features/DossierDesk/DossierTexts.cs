using KnowledgeBase.Core.Dossiers;

namespace KnowledgeBase.Web.Features.DossierDesk;

/// <summary>French labels of a dossier's states (translated by the views).</summary>
public static class DossierTexts
{
    public static string StateLabel(DossierState state) => state switch
    {
        DossierState.Draft => "Brouillon",
        DossierState.Published => "Publié",
        _ => "Retiré du site",
    };
}
