using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.2.1: arguments of non-null type without a default are given on every field and directive.</summary>
public sealed class ProvidedRequiredArgumentsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, (string Name, string Type)[]> _directiveRequirements = DirectiveRequirements(context);

        public override void Leave(SyntaxNode node)
        {
            switch (node)
            {
                case FieldNode field when Context.TypeInfo.FieldDefinition is { } definition:
                    foreach (var argument in definition.Arguments.Where(a => a.Type is Types.NonNullType && !a.HasDefaultValue)
                                 .Where(a => !field.Arguments.Any(given => given.Name.Value == a.Name)))
                    {
                        Context.ReportError(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }

                    break;
                case DirectiveNode directive when _directiveRequirements.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required.Where(r => !directive.Arguments.Any(given => given.Name.Value == r.Name)))
                    {
                        Context.ReportError(
                            $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                    }

                    break;
            }
        }

        // Directives defined in the document count too, as in graphql-js.
        private static Dictionary<string, (string Name, string Type)[]> DirectiveRequirements(ValidationContext context)
        {
            var requirements = context.Schema.Directives.ToDictionary(d => d.Name, d => d.Arguments
                .Where(a => a.Type is Types.NonNullType && !a.HasDefaultValue)
                .Select(a => (a.Name, $"{a.Type}")).ToArray());
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                requirements[definition.Name.Value] = [.. definition.Arguments
                    .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, Printer.Print(a.Type)))];
            }

            return requirements;
        }
    }
}
