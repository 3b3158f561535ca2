using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.2: variables are declared with input types (scalars, enums, input objects).</summary>
public sealed class VariablesAreInputTypesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is VariableDefinitionNode variable && TypeInfo.TypeFromAst(Context.Schema, variable.Type) is { IsInputType: false })
            {
                Context.ReportError(
                    $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".", variable.Type);
            }
        }
    }
}
