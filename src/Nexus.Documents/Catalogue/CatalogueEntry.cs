namespace Nexus.Documents;

public sealed record CatalogueEntry(string Slug, string Name, IReadOnlyList<string> Aliases, string Category, TopicKind Kind);
