using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.1: every fragment spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentSpreadNode spread && Context.GetFragment(spread.Name.Value) is null)
            {
                Context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            }
        }
    }
}
