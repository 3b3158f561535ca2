namespace Nexus.Web.Features.Catalogue;

/// <summary>A technology or concept of the shared catalogue that hubs refer to.</summary>
public sealed class CatalogueEntry
{
    public long Id { get; set; }
    public TopicKind Kind { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

public enum TopicKind
{
    Technology,
    Concept,
}
