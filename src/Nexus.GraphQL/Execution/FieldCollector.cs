using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>Spec CollectFields: groups selections by response key, applying @skip/@include and fragment type conditions.</summary>
internal static class FieldCollector
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(Schema schema, ObjectType objectType,
        IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>();
        var visitedFragments = new HashSet<string>();
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(selectionSet);
        }

        return fields;

        void CollectInto(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection.Directives, variables))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseKey, out var list))
                        {
                            fields.Add(field.ResponseKey, list = []);
                        }

                        list.Add(field);
                        break;
                    case InlineFragmentNode inline when inline.TypeCondition is null || Applies(schema, inline.TypeCondition, objectType):
                        CollectInto(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && Applies(schema, fragment.TypeCondition, objectType):
                        CollectInto(fragment.SelectionSet);
                        break;
                }
            }
        }
    }

    /// <summary>Evaluates @skip(if:) and @include(if:) against the coerced variables.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var isSkip = directive.Name.Value == BuiltInDirectives.Skip.Name;
            if (!isSkip && directive.Name.Value != BuiltInDirectives.Include.Name)
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if");
            var condition = argument is not null &&
                InputCoercion.CoerceLiteral(argument.Value, new NonNullType(BuiltInScalars.Boolean), variables) is true;
            if (isSkip == condition)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Applies(Schema schema, NamedTypeNode typeCondition, ObjectType objectType) =>
        schema.GetType(typeCondition.Name.Value) is { } conditionType &&
        (ReferenceEquals(conditionType, objectType) || schema.IsPossibleType(conditionType, objectType));
}
