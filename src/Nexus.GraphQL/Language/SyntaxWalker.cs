namespace Nexus.GraphQL.Language;

/// <summary>Receives every node of a tree on the way down (<see cref="Enter"/>) and up (<see cref="Leave"/>).</summary>
public interface ISyntaxVisitor
{
    void Enter(SyntaxNode node);

    void Leave(SyntaxNode node);
}

/// <summary>Depth-first traversal of the syntax tree in source order, without allocating per node.</summary>
public static class SyntaxWalker
{
    public static void Walk(SyntaxNode node, ISyntaxVisitor visitor)
    {
        visitor.Enter(node);
        ForEachChild(node, visitor, static (child, v) => Walk(child, v));
        visitor.Leave(node);
    }

    /// <summary>The direct children of a node, in source order.</summary>
    public static IReadOnlyList<SyntaxNode> Children(SyntaxNode node)
    {
        var children = new List<SyntaxNode>();
        ForEachChild(node, children, static (child, list) => list.Add(child));
        return children;
    }

    /// <summary>Calls <paramref name="action"/> for each direct child; a static lambda plus state keeps the walk allocation-free.</summary>
    public static void ForEachChild<TState>(SyntaxNode node, TState state, Action<SyntaxNode, TState> action)
    {
        var visit = new Visit<TState>(state, action);
        switch (node)
        {
            case DocumentNode document:
                visit.All(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                visit.One(operation.Description).One(operation.Name).All(operation.VariableDefinitions)
                    .All(operation.Directives).One(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                visit.One(variable.Description).One(variable.Variable).One(variable.Type).One(variable.DefaultValue).All(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                visit.All(selectionSet.Selections);
                break;
            case FieldNode field:
                visit.One(field.Alias).One(field.Name).All(field.Arguments).All(field.Directives).One(field.SelectionSet);
                break;
            case ArgumentNode argument:
                visit.One(argument.Name).One(argument.Value);
                break;
            case FragmentSpreadNode spread:
                visit.One(spread.Name).All(spread.Directives);
                break;
            case InlineFragmentNode inline:
                visit.One(inline.TypeCondition).All(inline.Directives).One(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                visit.One(fragment.Description).One(fragment.Name).One(fragment.TypeCondition).All(fragment.Directives)
                    .One(fragment.SelectionSet);
                break;
            case VariableNode variable:
                visit.One(variable.Name);
                break;
            case ListValueNode list:
                visit.All(list.Values);
                break;
            case ObjectValueNode obj:
                visit.All(obj.Fields);
                break;
            case ObjectFieldNode field:
                visit.One(field.Name).One(field.Value);
                break;
            case DirectiveNode directive:
                visit.One(directive.Name).All(directive.Arguments);
                break;
            case NamedTypeNode named:
                visit.One(named.Name);
                break;
            case ListTypeNode list:
                visit.One(list.Type);
                break;
            case NonNullTypeNode nonNull:
                visit.One(nonNull.Type);
                break;
            default:
                ForEachTypeSystemChild(node, visit);
                break;
        }
    }

    private static void ForEachTypeSystemChild<TState>(SyntaxNode node, Visit<TState> visit)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                visit.One(schema.Description).All(schema.Directives).All(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                visit.All(schema.Directives).All(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                visit.One(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                visit.One(scalar.Description).One(scalar.Name).All(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                visit.One(type.Description).One(type.Name).All(type.Interfaces).All(type.Directives).All(type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                visit.One(type.Description).One(type.Name).All(type.Interfaces).All(type.Directives).All(type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                visit.One(union.Description).One(union.Name).All(union.Directives).All(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                visit.One(enumType.Description).One(enumType.Name).All(enumType.Directives).All(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                visit.One(input.Description).One(input.Name).All(input.Directives).All(input.Fields);
                break;
            case FieldDefinitionNode field:
                visit.One(field.Description).One(field.Name).All(field.Arguments).One(field.Type).All(field.Directives);
                break;
            case InputValueDefinitionNode input:
                visit.One(input.Description).One(input.Name).One(input.Type).One(input.DefaultValue).All(input.Directives);
                break;
            case EnumValueDefinitionNode value:
                visit.One(value.Description).One(value.Name).All(value.Directives);
                break;
            case DirectiveDefinitionNode directive:
                visit.One(directive.Description).One(directive.Name).All(directive.Arguments).All(directive.Locations);
                break;
        }
    }

    private readonly struct Visit<TState>(TState state, Action<SyntaxNode, TState> action)
    {
        public Visit<TState> One(SyntaxNode? node)
        {
            if (node is not null)
            {
                action(node, state);
            }

            return this;
        }

        public Visit<TState> All<TNode>(IReadOnlyList<TNode> nodes)
            where TNode : SyntaxNode
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                action(nodes[i], state);
            }

            return this;
        }
    }
}
