using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1: no two fragments in a document share a name.</summary>
public sealed class UniqueFragmentNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, NameNode> _known = [];

        public override void Enter(SyntaxNode node)
        {
            if (node is FragmentDefinitionNode { Name: var name } && !_known.TryAdd(name.Value, name))
            {
                Context.ReportError($"There can be only one fragment named \"{name.Value}\".", _known[name.Value], name);
            }
        }
    }
}
