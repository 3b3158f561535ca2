using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Static analysis of the operation to run against the safety limits: depth, field and alias counts, and
/// a cost where each field costs 1 multiplied by the sizes of the lists it sits in. A list's size comes from
/// its first/limit argument, else the field's hint, else <see cref="ExecutionOptions.DefaultListSize"/>.
/// Introspection (<c>__schema</c>, <c>__type</c>) is not counted: its size is bounded by the schema, and
/// tools such as GraphiQL must be able to introspect under tight limits.
/// </summary>
internal sealed class OperationLimits(Schema schema, ExecutionOptions options, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    private int _fields;
    private int _aliases;
    private int _maxDepth;
    private double _cost;

    public static IReadOnlyList<GraphQLError> Check(Schema schema, ExecutionOptions options, PreparedOperation prepared)
    {
        if (options is { MaxDepth: null, MaxCost: null, MaxAliases: null, MaxFields: null })
        {
            return [];
        }

        var limits = new OperationLimits(schema, options, prepared.Fragments, prepared.Variables);
        limits.Visit(prepared.Operation.SelectionSet, schema.RootType(prepared.Operation.Operation), 1, 1, []);
        return limits.Errors(prepared.Operation);
    }

    private List<GraphQLError> Errors(OperationDefinitionNode operation)
    {
        var errors = new List<GraphQLError>();
        Add(options.MaxDepth, _maxDepth, "Query depth {0} exceeds the maximum allowed depth of {1}.");
        Add(options.MaxFields, _fields, "Query selects {0} fields, more than the maximum of {1}.");
        Add(options.MaxAliases, _aliases, "Query uses {0} aliases, more than the maximum of {1}.");
        Add(options.MaxCost, (int)Math.Min(_cost, int.MaxValue), "Query cost {0} exceeds the maximum cost of {1}.");
        return errors;

        void Add(int? limit, int actual, string format)
        {
            if (limit is { } max && actual > max)
            {
                errors.Add(GraphQLError.At(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, actual, max), operation) with
                {
                    Extensions = new Dictionary<string, object?> { ["code"] = "OPERATION_LIMIT_EXCEEDED" },
                });
            }
        }
    }

    private void Visit(SelectionSetNode selectionSet, NamedType? parentType, int depth, double multiplier, HashSet<string> fragmentPath)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode { Name.Value: "__schema" or "__type" }:
                    break;
                case FieldNode field:
                    VisitField(field, parentType, depth, multiplier, fragmentPath);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                    Visit(inline.SelectionSet, inlineType, depth, multiplier, fragmentPath);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentPath.Add(spread.Name.Value):
                    Visit(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), depth, multiplier, fragmentPath);
                    fragmentPath.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    private void VisitField(FieldNode field, NamedType? parentType, int depth, double multiplier, HashSet<string> fragmentPath)
    {
        _fields++;
        _aliases += field.Alias is null ? 0 : 1;
        _maxDepth = Math.Max(_maxDepth, depth);
        _cost += multiplier;
        var definition = parentType is null ? null : TypeInfo.GetFieldDefinition(schema, parentType, field.Name.Value);
        if (field.SelectionSet is null)
        {
            return;
        }

        var childMultiplier = definition?.Type.Nullable is ListType ? multiplier * ListSize(field, definition) : multiplier;
        Visit(field.SelectionSet, definition?.Type.Named, depth + 1, childMultiplier, fragmentPath);
    }

    private int ListSize(FieldNode field, FieldDefinition definition)
    {
        foreach (var argument in field.Arguments.Where(a => a.Name.Value is "first" or "last" or "limit"))
        {
            var value = argument.Value switch
            {
                IntValueNode literal when int.TryParse(literal.Value, out var size) => size,
                VariableNode variable when variables.GetValueOrDefault(variable.Name.Value) is int size => size,
                _ => (int?)null,
            };
            if (value is { } known)
            {
                return Math.Max(known, 0);
            }
        }

        return definition.ListSizeHint ?? options.DefaultListSize;
    }
}
