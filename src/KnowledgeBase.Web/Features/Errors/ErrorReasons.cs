namespace KnowledgeBase.Web.Features.Errors;

/// <summary>Why a request was refused before reaching a page, for the error page to say it.</summary>
public enum ErrorReason
{
    None,
    UrlTooLong,
    HeadersTooLarge,
    NotAForm,
    UnknownCharset,
    InvalidText,
    FormTooLarge,
    Malformed,
    /// <summary>The antiforgery token is missing or no longer valid.</summary>
    FormExpired,
}

/// <summary>The reason travels from where the request is refused to the re-executed error page.</summary>
public static class ErrorReasons
{
    public const string ItemKey = "KnowledgeBase.ErrorReason";

    /// <summary>The French sentence for the reason (a key of SharedResource), or null.</summary>
    public static string? Sentence(ErrorReason reason) => reason switch
    {
        ErrorReason.UrlTooLong => "L'adresse demandée est trop longue. Si vous avez collé un texte dans la recherche, raccourcissez-le.",
        ErrorReason.HeadersTooLarge => "La demande envoyée par votre navigateur est trop volumineuse (trop de cookies ?). Effacez les cookies de ce site, puis réessayez.",
        ErrorReason.NotAForm => "Ce type de contenu n'est pas accepté : les formulaires du site s'envoient depuis ses pages.",
        ErrorReason.UnknownCharset => "Ce formulaire est envoyé dans un codage de caractères inconnu : envoyez-le en UTF-8, depuis la page du site.",
        ErrorReason.InvalidText => "Ce formulaire contient des caractères illisibles (texte qui n'est pas en UTF-8) : rien n'a été enregistré.",
        ErrorReason.FormTooLarge => "Le formulaire envoyé dépasse les limites du site (nombre de champs ou longueur d'un texte) : rien n'a été enregistré. Revenez à la page précédente : votre navigateur y a gardé votre texte ; raccourcissez-le avant de l'envoyer à nouveau.",
        ErrorReason.Malformed => "La demande est mal formée et n'a pas pu être lue : rien n'a été enregistré.",
        ErrorReason.FormExpired => "Ce formulaire n'est plus valable (page ouverte depuis longtemps, ou session changée entre-temps) : rien n'a été enregistré. Revenez à la page précédente, rechargez-la, puis envoyez-le à nouveau.",
        _ => null,
    };

    /// <summary>The page title for a status code.</summary>
    public static string Title(int status) => status switch
    {
        400 => "Demande non valable",
        403 => "Accès refusé",
        404 => "Page introuvable",
        405 => "Méthode non acceptée",
        408 => "Délai dépassé",
        409 => "Conflit",
        413 => "Envoi trop volumineux",
        414 => "Adresse trop longue",
        415 => "Contenu non accepté",
        422 => "Données non valables",
        429 => "Trop de demandes",
        431 => "En-têtes trop volumineux",
        >= 500 => "Une erreur est survenue",
        _ => "La demande n'a pas abouti",
    };

    /// <summary>What the status means, when no reason says more.</summary>
    public static string Explanation(int status) => status switch
    {
        400 => "La demande n'a pas pu être comprise : rien n'a été enregistré.",
        405 => "Cette adresse n'accepte pas ce type de demande.",
        408 => "La demande a mis trop de temps à arriver : réessayez.",
        413 => "L'envoi dépasse la taille acceptée par le site : rien n'a été enregistré.",
        414 => "L'adresse demandée est trop longue.",
        415 => "Ce type de contenu n'est pas accepté.",
        431 => "La demande envoyée par votre navigateur est trop volumineuse.",
        >= 500 => "Le site a rencontré un problème inattendu. Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe.",
        _ => "La demande n'a pas pu aboutir.",
    };
}

/// <summary>What the French error page shows.</summary>
public sealed record ErrorPage(int Status, string Title, string Explanation);
