namespace Nexus.GraphQL.Language;

/// <summary>The line/column pair reported in errors (the spec's response "locations" entries).</summary>
public readonly record struct SourceLocation(int Line, int Column);
