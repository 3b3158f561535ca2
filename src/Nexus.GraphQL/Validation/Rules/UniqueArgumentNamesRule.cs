using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2: a field or directive is given each argument at most once.</summary>
public sealed class UniqueArgumentNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => [],
            };
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                Context.ReportError($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => a.Name)]);
            }
        }
    }
}
