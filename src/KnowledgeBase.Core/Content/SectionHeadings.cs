namespace KnowledgeBase.Core.Content;

/// <summary>
/// The French level-2 headings of a content file and the section each one fills. The same
/// list orders sections on the page and in exports.
/// </summary>
public static class SectionHeadings
{
    public sealed record Entry(string Key, string Heading, bool Required, Func<Sections, string> Get, Action<Sections, string> Set);

    public static readonly IReadOnlyList<Entry> All =
    [
        new("context", "Contexte et besoins", true, s => s.Context, (s, v) => s.Context = v),
        new("objectives", "Objectifs", true, s => s.Objectives, (s, v) => s.Objectives = v),
        new("actions", "Actions et méthode", true, s => s.Actions, (s, v) => s.Actions = v),
        new("partnerships", "Partenariats", false, s => s.Partnerships, (s, v) => s.Partnerships = v),
        new("resources", "Ressources et financement", false, s => s.Resources, (s, v) => s.Resources = v),
        new("results", "Résultats et évaluation", true, s => s.Results, (s, v) => s.Results = v),
        new("participation", "Participation des personnes concernées", false, s => s.Participation, (s, v) => s.Participation = v),
        new("difficulties", "Difficultés", false, s => s.Difficulties, (s, v) => s.Difficulties = v),
        new("success-factors", "Facteurs de réussite", false, s => s.SuccessFactors, (s, v) => s.SuccessFactors = v),
        new("transferability", "Transférabilité", false, s => s.Transferability, (s, v) => s.Transferability = v),
    ];

    public static Entry? ByHeading(string heading) =>
        All.FirstOrDefault(e => string.Equals(e.Heading, heading.Trim(), StringComparison.OrdinalIgnoreCase));
}
