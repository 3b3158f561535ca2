namespace Nexus.Documents;

/// <summary>A top-level section. For structured kinds, <see cref="Markdown"/> holds the prose left after items were taken out.</summary>
public sealed record HubSection(SectionKind Kind, string Title, string Markdown);
