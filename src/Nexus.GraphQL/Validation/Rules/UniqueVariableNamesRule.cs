using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.1: an operation declares each variable name once.</summary>
public sealed class UniqueVariableNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
            {
                Context.ReportError($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
            }
        }
    }
}
