using System.Globalization;
using System.Text;
using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Core.Reviews;

/// <summary>
/// Who may not evaluate a write-up: its authors, and members of its lead organisation or of
/// one of its partners. Organisations are compared by name, ignoring case, accents, punctuation
/// and spacing ("CCAS de Saint-Étienne" is "ccas de saint etienne").
/// </summary>
public static class ConflictOfInterest
{
    /// <summary>
    /// The reasons, in French, why <paramref name="member"/> has a conflict of interest with the
    /// write-up whose content under review is <paramref name="content"/>; empty when there is none.
    /// </summary>
    /// <param name="member">The candidate reviewer.</param>
    /// <param name="initiative">The write-up (its owner is an author).</param>
    /// <param name="content">The revision under review: its authors, lead organisation and partners.</param>
    /// <param name="revisionAuthorIds">Accounts that saved a revision of the write-up (co-authors).</param>
    public static IReadOnlyList<string> Between(Member member, Initiative initiative, InitiativeContent content,
        IEnumerable<string?> revisionAuthorIds)
    {
        var reasons = new List<string>();
        var displayName = NameKey(member.DisplayName);
        if (initiative.OwnerId == member.Id || revisionAuthorIds.Contains(member.Id)
            || displayName.Length > 0 && content.Authors.Any(a => NameKey(a) == displayName))
            reasons.Add("Auteur ou autrice de la fiche.");

        var organisation = NameKey(member.Organisation);
        if (organisation.Length > 0)
        {
            if (NameKey(content.LeadOrganisation.Name) == organisation)
                reasons.Add($"Membre de la structure porteuse ({content.LeadOrganisation.Name}).");
            foreach (var partner in content.Partners.Where(p => NameKey(p.Name) == organisation).Select(p => p.Name).Distinct())
                reasons.Add($"Membre d'une structure partenaire ({partner}).");
        }
        return reasons;
    }

    /// <summary>Lower case, no accents, letters and digits separated by single spaces.</summary>
    public static string NameKey(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(c switch { 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", 'ß' => "ss", _ => char.ToLowerInvariant(c).ToString() });
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
