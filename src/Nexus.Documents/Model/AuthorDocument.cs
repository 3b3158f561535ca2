namespace Nexus.Documents;

public sealed record AuthorDocument(string Name, string Program, string GitHub, string ProfileUrl, string Email);
