namespace KnowledgeBase.Core.Accounts;

/// <summary>
/// The messages of the account services, in French. They are keys of the web's resources too:
/// the account pages show them in the visitor's language (a test checks each has its English).
/// </summary>
public static class AccountMessages
{
    public const string ChooseOrganisationType = "Choisissez le type de structure dans la liste.";
    public const string ChooseRegion = "Choisissez une région dans la liste.";
    public const string ChooseDepartement = "Choisissez un département dans la liste.";
    public const string DepartementOutsideRegion = "Ce département n'est pas dans la région choisie.";
    public const string LinkExpired = "Ce lien n'est plus valable : demandez-en un nouveau.";
}
