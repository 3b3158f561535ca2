using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1: a subscription selects exactly one root field, not an introspection field, and the
/// root selection cannot depend on @skip or @include (the field must be known without variables).
/// </summary>
public sealed class SingleFieldSubscriptionsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || Context.Schema.Subscription is null)
            {
                return;
            }

            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var fields = new OrderedDictionary<string, List<FieldNode>>();
            var forbidden = new List<DirectiveNode>();
            Collect(operation.SelectionSet, [], fields, forbidden);
            if (forbidden.Count > 0)
            {
                Context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. forbidden]);
                return;
            }

            if (fields.Count > 1)
            {
                Context.ReportError($"{subject} must select only one top level field.", [.. fields.Values.Skip(1).SelectMany(f => f)]);
            }

            foreach (var group in fields.Values.Where(group => group[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
            {
                Context.ReportError($"{subject} must not select an introspection top level field.", [.. group]);
            }
        }

        private void Collect(SelectionSetNode selectionSet, HashSet<string> visitedFragments,
            OrderedDictionary<string, List<FieldNode>> fields, List<DirectiveNode> forbidden)
        {
            foreach (var selection in selectionSet.Selections)
            {
                forbidden.AddRange(selection.Directives.Where(d => d.Name.Value is "skip" or "include"));
                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseKey, out var group))
                        {
                            fields[field.ResponseKey] = group = [];
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline:
                        Collect(inline.SelectionSet, visitedFragments, fields, forbidden);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment:
                        Collect(fragment.SelectionSet, visitedFragments, fields, forbidden);
                        break;
                }
            }
        }
    }
}
