using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is not DocumentNode document)
            {
                return;
            }

            foreach (var definition in document.Definitions.Where(d => d is not ExecutableDefinitionNode))
            {
                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "unknown",
                };
                Context.ReportError($"The {name} definition is not executable.", definition);
            }
        }
    }
}
