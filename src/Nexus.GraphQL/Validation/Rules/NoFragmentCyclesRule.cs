using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2: fragments must not spread themselves, directly or through other fragments.</summary>
public sealed class NoFragmentCyclesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _visited = [];
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = [];

        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                DetectCycles(fragment);
            }
        }

        // Depth-first from each fragment not yet visited, so each cycle is reported once (graphql-js's order).
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (Context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycles(spreadFragment);
                    }
                }
                else
                {
                    var cycle = _spreadPath[cycleIndex..];
                    var via = string.Join(", ", cycle[..^1].Select(s => $"\"{s.Name.Value}\""));
                    Context.ReportError($"Cannot spread fragment \"{spreadName}\" within itself{(via.Length > 0 ? $" via {via}." : ".")}", [.. cycle]);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }
    }
}
