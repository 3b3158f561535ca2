using Nexus.GraphQL.Introspection;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk, which schema elements the current node refers to (graphql-js TypeInfo):
/// the output type, its parent composite type, the field definition, the expected input type, the
/// argument, directive and enum value. Call <see cref="Enter"/> before and <see cref="Leave"/> after
/// visiting each node.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly Stack<GraphQLType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<GraphQLType?> _inputTypes = new();
    private readonly Stack<FieldDefinition?> _fieldDefinitions = new();
    private readonly Stack<ValueNode?> _defaultValues = new();

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Peek(_types);

    /// <summary>The composite type whose selection set we are in.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    /// <summary>The input type expected at the current argument, list item or object field.</summary>
    public GraphQLType? InputType => Peek(_inputTypes);

    /// <summary>The input type one level up (the list or input object around the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes.ElementAt(1) : null;

    public FieldDefinition? FieldDefinition => Peek(_fieldDefinitions);

    public ValueNode? DefaultValue => Peek(_defaultValues);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Push(Type?.Named is FieldsType or UnionType ? Type.Named : null);
                break;
            case FieldNode field:
                var definition = ParentType is { } parent ? GetFieldDefinition(Schema, parent, field.Name.Value) : null;
                _fieldDefinitions.Push(definition);
                _types.Push(definition?.Type);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Push(Schema.RootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _types.Push(inline.TypeCondition is { } condition ? TypeFromAst(Schema, condition) : Type?.Named);
                break;
            case FragmentDefinitionNode fragment:
                _types.Push(TypeFromAst(Schema, fragment.TypeCondition));
                break;
            case VariableDefinitionNode variable:
                _inputTypes.Push(TypeFromAst(Schema, variable.Type) is { IsInputType: true } input ? input : null);
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDefinition?.Arguments;
                Argument = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                _defaultValues.Push(Argument?.DefaultValue);
                _inputTypes.Push(Argument?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                _defaultValues.Push(null);
                _inputTypes.Push(listType is ListType list ? list.OfType : listType);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.Named as InputObjectType)?.Fields.GetValueOrDefault(objectField.Name.Value);
                _defaultValues.Push(inputField?.DefaultValue);
                _inputTypes.Push(inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.Named as EnumType)?.Values.GetValueOrDefault(enumValue.Value);
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.Pop();
                break;
            case FieldNode:
                _fieldDefinitions.Pop();
                _types.Pop();
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _types.Pop();
                break;
            case VariableDefinitionNode:
                _inputTypes.Pop();
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValues.Pop();
                _inputTypes.Pop();
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The field definition for a name on a type, including the implicit introspection fields.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName) => fieldName switch
    {
        "__schema" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.SchemaField,
        "__type" when ReferenceEquals(parentType, schema.Query) => IntrospectionTypes.TypeField,
        "__typename" when parentType is FieldsType or UnionType => IntrospectionTypes.TypeNameField,
        _ => (parentType as FieldsType)?.Field(fieldName),
    };

    /// <summary>The schema type a type reference names, or null when it names an unknown type.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    private static T? Peek<T>(Stack<T?> stack) where T : class => stack.Count > 0 ? stack.Peek() : null;
}
