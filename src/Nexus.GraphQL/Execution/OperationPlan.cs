using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// What one operation of a cached document needs on every request, worked out once: the operation, its fragments,
/// its limit analysis and the collected fields of each selection, unless they depend on variable values
/// (<c>@skip(if: $v)</c>/<c>@include(if: $v)</c> for the fields, <c>first: $n</c> for the cost).
/// </summary>
internal sealed class OperationPlan
{
    // Replaced whole (a reference), so concurrent requests see either no analysis or a complete one.
    private LimitAnalysis? _limits;

    public OperationPlan(DocumentNode document, OperationDefinitionNode operation)
    {
        Operation = operation;
        Fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        var selectionSets = Fragments.Values.Select(f => f.SelectionSet).Prepend(operation.SelectionSet).ToList();
        FieldsDependOnVariables = selectionSets.Any(s => Any(s, selection => selection.Directives.Any(IsVariableCondition)));
        LimitsDependOnVariables = selectionSets.Any(s => Any(s, selection =>
            selection is FieldNode field && field.Arguments.Any(a => a.Name.Value is "first" or "last" or "limit" && a.Value is VariableNode)));
        SharedFields = FieldsDependOnVariables ? null : new ConcurrentDictionary<SelectionKey, CollectedFields>(SelectionKey.Comparer);
    }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public bool FieldsDependOnVariables { get; }

    public bool LimitsDependOnVariables { get; }

    /// <summary>Collected fields by object type and selection, shared by every request (null when variables decide them).</summary>
    public ConcurrentDictionary<SelectionKey, CollectedFields>? SharedFields { get; }

    /// <summary>
    /// True when the sub-selection of <paramref name="nodes"/> (fragments included) uses no variable: every request
    /// collects and resolves it alike, given the same source values.
    /// </summary>
    public bool IsConstant(List<FieldNode> nodes) =>
        SharedFields is not null && _constantSelections.GetOrAdd(nodes, _ => !nodes.Any(node =>
            node.SelectionSet is { } selectionSet && UsesVariables(selectionSet, [])));

    private readonly ConcurrentDictionary<object, bool> _constantSelections = new(ReferenceEqualityComparer.Instance);

    private bool UsesVariables(SelectionSetNode selectionSet, HashSet<string> visitedFragments) =>
        selectionSet.Selections.Any(selection =>
            selection.Directives.Any(d => d.Arguments.Any(a => HasVariable(a.Value))) || selection switch
            {
                FieldNode field => field.Arguments.Any(a => HasVariable(a.Value))
                    || (field.SelectionSet is { } inner && UsesVariables(inner, visitedFragments)),
                InlineFragmentNode inline => UsesVariables(inline.SelectionSet, visitedFragments),
                FragmentSpreadNode spread => visitedFragments.Add(spread.Name.Value)
                    && Fragments.TryGetValue(spread.Name.Value, out var fragment) && UsesVariables(fragment.SelectionSet, visitedFragments),
                _ => false,
            });

    private static bool HasVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(HasVariable),
        ObjectValueNode obj => obj.Fields.Any(f => HasVariable(f.Value)),
        _ => false,
    };

    /// <summary>The limit errors of this operation: analysed once per options and schema unless variables size its lists.</summary>
    public IReadOnlyList<GraphQLError> CheckLimits(Schema schema, ExecutionOptions options, PreparedOperation prepared)
    {
        if (LimitsDependOnVariables)
        {
            return OperationLimits.Check(schema, options, prepared);
        }

        if (_limits is { } known && ReferenceEquals(known.Options, options) && ReferenceEquals(known.Schema, schema))
        {
            return known.Errors;
        }

        var errors = OperationLimits.Check(schema, options, prepared);
        _limits = new LimitAnalysis(options, schema, errors);
        return errors;
    }

    private sealed record LimitAnalysis(ExecutionOptions Options, Schema Schema, IReadOnlyList<GraphQLError> Errors);

    private static bool IsVariableCondition(DirectiveNode directive) =>
        directive.Name.Value is "skip" or "include" && directive.Arguments.Any(a => a.Value is not BooleanValueNode);

    private static bool Any(SelectionSetNode selectionSet, Func<SelectionNode, bool> predicate) =>
        selectionSet.Selections.Any(selection => predicate(selection) || selection switch
        {
            FieldNode { SelectionSet: { } inner } => Any(inner, predicate),
            InlineFragmentNode inline => Any(inline.SelectionSet, predicate),
            _ => false,
        });
}

/// <summary>An object type and a selection (the operation's selection set or a response key's field nodes), by reference.</summary>
internal readonly record struct SelectionKey(ObjectType Type, object Selection)
{
    public static IEqualityComparer<SelectionKey> Comparer { get; } = new ReferenceComparer();

    private sealed class ReferenceComparer : IEqualityComparer<SelectionKey>
    {
        public bool Equals(SelectionKey x, SelectionKey y) => ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selection, y.Selection);

        public int GetHashCode(SelectionKey key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.Selection));
    }
}
