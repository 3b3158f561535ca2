namespace Nexus.GraphQL.Language;

/// <summary>Base of the immutable syntax tree; every node remembers where it came from.</summary>
public abstract record SyntaxNode
{
    public Location? Location { get; init; }
}

public sealed record NameNode(string Value) : SyntaxNode;

public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;

public abstract record DefinitionNode : SyntaxNode;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
