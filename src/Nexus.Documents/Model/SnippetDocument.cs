namespace Nexus.Documents;

public sealed record SnippetDocument(string Title, string Language, string Code, string Description);
