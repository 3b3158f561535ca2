namespace Nexus.Documents;

/// <summary>A technology or concept with the learner's note. A null slug means it is not in the catalogue yet (a proposed entry).</summary>
public sealed record TopicNote(string? Slug, string Name, string Note);
