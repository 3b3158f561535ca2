namespace Nexus.Documents;

public sealed record ResourceDocument(string Title, string Url);
