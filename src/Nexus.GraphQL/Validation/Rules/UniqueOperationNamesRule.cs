using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1: no two operations in a document share a name.</summary>
public sealed class UniqueOperationNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = [];

        public override void Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode { Name: { } name })
            {
                return;
            }

            if (!_known.TryAdd(name.Value, name))
            {
                Context.ReportError($"There can be only one operation named \"{name.Value}\".", _known[name.Value], name);
            }
        }
    }
}
