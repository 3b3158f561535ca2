namespace Nexus.Documents;

public sealed record ProjectDocument(string Name, string Description, string RepositoryUrl, string Role);
