using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3: an input object literal gives each field at most once.</summary>
public sealed class UniqueInputFieldNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not ObjectValueNode value)
            {
                return;
            }

            var known = new Dictionary<string, NameNode>();
            foreach (var name in value.Fields.Select(f => f.Name).Where(name => !known.TryAdd(name.Value, name)))
            {
                Context.ReportError($"There can be only one input field named \"{name.Value}\".", known[name.Value], name);
            }
        }
    }
}
