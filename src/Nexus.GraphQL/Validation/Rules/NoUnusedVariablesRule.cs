using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.4: every variable an operation declares is used by it or by a fragment it reaches.</summary>
public sealed class NoUnusedVariablesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            var used = Context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet();
            foreach (var definition in operation.VariableDefinitions.Where(v => !used.Contains(v.Variable.Name.Value)))
            {
                var name = definition.Variable.Name.Value;
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Context.ReportError(message, definition);
            }
        }
    }
}
