namespace Nexus.GraphQL.Language;

/// <summary>Where a token or node sits in the source: character offsets plus 1-based line and column of its start.</summary>
public sealed record Location(int Start, int End, int Line, int Column);
