namespace Nexus.GraphQL.Language;

/// <summary>Receives every node of a tree on the way down (<see cref="Enter"/>) and up (<see cref="Leave"/>).</summary>
public interface ISyntaxVisitor
{
    void Enter(SyntaxNode node);

    void Leave(SyntaxNode node);
}

/// <summary>Depth-first traversal of the syntax tree in source order.</summary>
public static class SyntaxWalker
{
    public static void Walk(SyntaxNode node, ISyntaxVisitor visitor)
    {
        visitor.Enter(node);
        foreach (var child in Children(node))
        {
            Walk(child, visitor);
        }

        visitor.Leave(node);
    }

    /// <summary>The direct children of a node, in source order.</summary>
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node) => (node switch
    {
        DocumentNode document => document.Definitions,
        OperationDefinitionNode operation => [operation.Description, operation.Name, .. operation.VariableDefinitions,
            .. operation.Directives, operation.SelectionSet],
        VariableDefinitionNode variable => [variable.Description, variable.Variable, variable.Type, variable.DefaultValue, .. variable.Directives],
        SelectionSetNode selectionSet => selectionSet.Selections,
        FieldNode field => [field.Alias, field.Name, .. field.Arguments, .. field.Directives, field.SelectionSet],
        ArgumentNode argument => [argument.Name, argument.Value],
        FragmentSpreadNode spread => [spread.Name, .. spread.Directives],
        InlineFragmentNode inline => [inline.TypeCondition, .. inline.Directives, inline.SelectionSet],
        FragmentDefinitionNode fragment => [fragment.Description, fragment.Name, fragment.TypeCondition, .. fragment.Directives, fragment.SelectionSet],
        VariableNode variable => [variable.Name],
        ListValueNode list => list.Values,
        ObjectValueNode obj => obj.Fields,
        ObjectFieldNode field => [field.Name, field.Value],
        DirectiveNode directive => [directive.Name, .. directive.Arguments],
        NamedTypeNode named => [named.Name],
        ListTypeNode list => [list.Type],
        NonNullTypeNode nonNull => [nonNull.Type],
        _ => TypeSystemChildren(node),
    }).OfType<SyntaxNode>();

    private static IEnumerable<SyntaxNode?> TypeSystemChildren(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => [schema.Description, .. schema.Directives, .. schema.OperationTypes],
        SchemaExtensionNode schema => [.. schema.Directives, .. schema.OperationTypes],
        OperationTypeDefinitionNode operationType => [operationType.Type],
        ScalarTypeDefinitionNode scalar => [scalar.Description, scalar.Name, .. scalar.Directives],
        ObjectTypeDefinitionNode type => [type.Description, type.Name, .. type.Interfaces, .. type.Directives, .. type.Fields],
        InterfaceTypeDefinitionNode type => [type.Description, type.Name, .. type.Interfaces, .. type.Directives, .. type.Fields],
        UnionTypeDefinitionNode union => [union.Description, union.Name, .. union.Directives, .. union.Types],
        EnumTypeDefinitionNode enumType => [enumType.Description, enumType.Name, .. enumType.Directives, .. enumType.Values],
        InputObjectTypeDefinitionNode input => [input.Description, input.Name, .. input.Directives, .. input.Fields],
        FieldDefinitionNode field => [field.Description, field.Name, .. field.Arguments, field.Type, .. field.Directives],
        InputValueDefinitionNode input => [input.Description, input.Name, input.Type, input.DefaultValue, .. input.Directives],
        EnumValueDefinitionNode value => [value.Description, value.Name, .. value.Directives],
        DirectiveDefinitionNode directive => [directive.Description, directive.Name, .. directive.Arguments, .. directive.Locations],
        _ => [],
    };
}
