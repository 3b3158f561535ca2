namespace Nexus.GraphQL.Language;

public abstract record TypeNode : SyntaxNode;

public sealed record NamedTypeNode(NameNode Name) : TypeNode;

public sealed record ListTypeNode(TypeNode Type) : TypeNode;

public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
