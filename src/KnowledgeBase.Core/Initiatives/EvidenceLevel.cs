namespace KnowledgeBase.Core.Initiatives;

/// <summary>How far a write-up's claims have been checked by peers.</summary>
public enum EvidenceLevel
{
    /// <summary>Not (yet) peer evaluated.</summary>
    Emerging,
    /// <summary>Peer evaluated, positive.</summary>
    Promising,
    /// <summary>Peer evaluated, with an evaluation of results.</summary>
    Proven,
}

public static class EvidenceLevels
{
    /// <summary>The slugs used in content files, URLs and the taxonomy (evidence-levels.yml).</summary>
    public static string ToSlug(this EvidenceLevel level) => level switch
    {
        EvidenceLevel.Promising => "prometteur",
        EvidenceLevel.Proven => "eprouve",
        _ => "emergent",
    };

    public static EvidenceLevel? FromSlug(string? slug) => slug switch
    {
        "emergent" => EvidenceLevel.Emerging,
        "prometteur" => EvidenceLevel.Promising,
        "eprouve" => EvidenceLevel.Proven,
        _ => null,
    };
}
