namespace Nexus.GraphQL.Language;

/// <summary>Limits that keep hostile documents from costing unbounded time or stack.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest number of tokens a document may contain.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;
}
