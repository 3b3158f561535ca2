using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.2.1: an operation without a name must be the only operation in the document.</summary>
public sealed class LoneAnonymousOperationRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is OperationDefinitionNode { Name: null } operation &&
                Context.Document.Definitions.OfType<OperationDefinitionNode>().Skip(1).Any())
            {
                Context.ReportError("This anonymous operation must be the only defined operation.", operation);
            }
        }
    }
}
