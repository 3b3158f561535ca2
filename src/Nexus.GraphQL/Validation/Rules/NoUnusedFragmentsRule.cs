using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.4: every fragment is spread, directly or through other fragments, by some operation.</summary>
public sealed class NoUnusedFragmentsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not DocumentNode document)
            {
                return;
            }

            var used = document.Definitions.OfType<OperationDefinitionNode>()
                .SelectMany(Context.GetRecursivelyReferencedFragments)
                .Select(f => f.Name.Value)
                .ToHashSet();
            foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name.Value)))
            {
                Context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
