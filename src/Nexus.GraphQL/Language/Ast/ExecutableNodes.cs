namespace Nexus.GraphQL.Language;

public abstract record ExecutableDefinitionNode(StringValueNode? Description,
    IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : DefinitionNode;

public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode(Description, Directives, SelectionSet);

public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode(Description, Directives, SelectionSet);

public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : SyntaxNode;

public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;

public abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode(Directives)
{
    /// <summary>The key this field gets in the response.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode(Directives);

public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode(Directives);

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode;

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode;
