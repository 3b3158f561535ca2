using System.Text.Json.Serialization;

namespace Nexus.GraphQL.Language;

/// <summary>The line/column pair reported in errors (the spec's response "locations" entries).</summary>
public readonly record struct SourceLocation(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column);
