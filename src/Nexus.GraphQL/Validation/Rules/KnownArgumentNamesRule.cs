using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, string[]> _directiveArguments = DirectiveArguments(context);
        private int _directiveDepth;

        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    _directiveDepth++;
                    CheckDirective(directive);
                    break;

                // A directive's arguments are checked with the directive, unknown directives not at all (as in graphql-js).
                case ArgumentNode argument when _directiveDepth == 0 && Context.TypeInfo.Argument is null &&
                                                Context.TypeInfo.FieldDefinition is { } field && Context.TypeInfo.ParentType is { } parent:
                    var name = argument.Name.Value;
                    var hint = Suggestions.DidYouMean(Suggestions.List(name, field.Arguments.Select(a => a.Name)));
                    Context.ReportError($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{hint}", argument);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is DirectiveNode)
            {
                _directiveDepth--;
            }
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known))
            {
                return;
            }

            foreach (var argument in directive.Arguments.Where(a => !known.Contains(a.Name.Value)))
            {
                var hint = Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, known));
                Context.ReportError($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directiveName}\".{hint}", argument);
            }
        }

        // Directives defined in the document count too, as in graphql-js.
        private static Dictionary<string, string[]> DirectiveArguments(ValidationContext context)
        {
            var arguments = context.Schema.Directives.ToDictionary(d => d.Name, d => d.Arguments.Select(a => a.Name).ToArray());
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                arguments[definition.Name.Value] = [.. definition.Arguments.Select(a => a.Name.Value)];
            }

            return arguments;
        }
    }
}
