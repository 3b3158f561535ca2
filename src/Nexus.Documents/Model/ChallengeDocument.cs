namespace Nexus.Documents;

/// <summary>A challenge the learner hit: problem → solution → result; technologies are catalogue slugs or names.</summary>
public sealed record ChallengeDocument(string Title, string Problem, string Solution, string Result, IReadOnlyList<string> Technologies);
