namespace KnowledgeBase.Core.Taxonomy;

/// <summary>A French région with its official (INSEE) code, from content/territories.</summary>
public class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Departement> Departements { get; set; } = [];
}

/// <summary>A French département with its official code ("01", "2A", "974"…).</summary>
public class Departement
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
}
