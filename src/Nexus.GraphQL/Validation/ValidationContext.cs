using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation;

/// <summary>Shared state for the rules validating one document: the schema, type info and fragment/variable lookups.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The nodes above the one being visited, from the document down to its parent.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    internal void PushAncestor(SyntaxNode node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);

    public void ReportError(GraphQLError error) => _errors.Add(error);

    public void ReportError(string message, params SyntaxNode?[] nodes) => _errors.Add(GraphQLError.At(message, nodes));

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>Fragment spreads in a selection set, including those inside inline fragments (not following spreads).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>([selectionSet]);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } child }:
                        pending.Push(child);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return _spreads[selectionSet] = spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, transitively, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(ExecutableDefinitionNode definition)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>();
        var pending = new Stack<SelectionSetNode>([definition.SelectionSet]);
        while (pending.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (seen.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        return fragments;
    }

    /// <summary>Variables used directly inside a definition, with their expected input types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        SyntaxWalker.Walk(definition, collector);
        return collector.Usages;
    }

    /// <summary>Variables used by an operation, including inside every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (!_recursiveUsages.TryGetValue(operation, out var usages))
        {
            usages = [.. GetVariableUsages(operation), .. GetRecursivelyReferencedFragments(operation).SelectMany(GetVariableUsages)];
            _recursiveUsages[operation] = usages;
        }

        return usages;
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : ISyntaxVisitor
    {
        private int _insideDefinitions;

        public List<VariableUsage> Usages { get; } = [];

        public void Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);

            // The variable in "$v: Int" declares rather than uses it.
            if (node is VariableDefinitionNode)
            {
                _insideDefinitions++;
            }
            else if (node is VariableNode variable && _insideDefinitions == 0)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
            }
        }

        public void Leave(SyntaxNode node)
        {
            if (node is VariableDefinitionNode)
            {
                _insideDefinitions--;
            }

            typeInfo.Leave(node);
        }
    }
}
