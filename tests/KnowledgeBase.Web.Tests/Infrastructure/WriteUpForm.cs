namespace KnowledgeBase.Web.Tests.Infrastructure;

/// <summary>The writing form's fields (/fiches/nouvelle), filled as an author would.</summary>
public static class WriteUpForm
{
    /// <summary>Every required field of a write-up, valid: enough to save and to submit.</summary>
    public static Dictionary<string, string> Complete(string title) => new()
    {
        ["Title"] = title,
        ["Summary"] = "Un guichet commun au CCAS pour les demandes de RSA.",
        ["Sections[context]"] = "Les demandeurs allaient de guichet en guichet.",
        ["Sections[objectives]"] = "Un seul lieu, un seul rendez-vous.",
        ["Sections[actions]"] = "Accueil, aide à la demande, orientation sous quinze jours.",
        ["Sections[results]"] = "Délai d'orientation divisé par deux.",
        ["Themes"] = "accompagnement-social",
        ["RegionCode"] = "11",
        ["DepartementCode"] = "94",
        ["LeadName"] = "CCAS de Vitry-sur-Seine",
        ["LeadType"] = "commune-ccas",
        ["StartYear"] = "2021",
        ["Stage"] = "etabli",
    };

    /// <summary>The same fields with one more (or one changed).</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string key, string value)
    {
        fields[key] = value;
        return fields;
    }
}
