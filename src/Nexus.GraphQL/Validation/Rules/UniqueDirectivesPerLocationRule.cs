using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3: a non-repeatable directive is used at most once per location.</summary>
public sealed class UniqueDirectivesPerLocationRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly HashSet<string> _unique = UniqueDirectives(context);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = [];
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = [];

        public override void Enter(SyntaxNode node)
        {
            if (Directives(node) is not { Count: > 0 } directives)
            {
                return;
            }

            // A type and its extensions form one location, as do the schema definition and its extensions.
            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
                TypeDefinitionNode type => _typeDirectives.TryGetValue(type.Name.Value, out var known) ? known : _typeDirectives[type.Name.Value] = [],
                _ => [],
            };
            foreach (var directive in directives.Where(d => _unique.Contains(d.Name.Value)))
            {
                if (!seen.TryAdd(directive.Name.Value, directive))
                {
                    Context.ReportError($"The directive \"@{directive.Name.Value}\" can only be used once at this location.",
                        seen[directive.Name.Value], directive);
                }
            }
        }

        private static IReadOnlyList<DirectiveNode>? Directives(SyntaxNode node) => node switch
        {
            ExecutableDefinitionNode definition => definition.Directives,
            SelectionNode selection => selection.Directives,
            VariableDefinitionNode variable => variable.Directives,
            TypeSystemNode typeSystem => typeSystem.Directives,
            FieldDefinitionNode field => field.Directives,
            InputValueDefinitionNode input => input.Directives,
            EnumValueDefinitionNode value => value.Directives,
            _ => null,
        };

        private static HashSet<string> UniqueDirectives(ValidationContext context)
        {
            var unique = context.Schema.Directives.Where(d => !d.IsRepeatable).Select(d => d.Name).ToHashSet();
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _ = definition.Repeatable ? unique.Remove(definition.Name.Value) : unique.Add(definition.Name.Value);
            }

            return unique;
        }
    }
}
