using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.4.1: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private DirectiveNode? _directive;

        public override void Enter(SyntaxNode node)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    _directive = directive;
                    break;
                case ArgumentNode argument when Context.TypeInfo.Argument is null:
                    Report(argument);
                    break;
            }
        }

        public override void Leave(SyntaxNode node)
        {
            if (node is DirectiveNode)
            {
                _directive = null;
            }
        }

        private void Report(ArgumentNode argument)
        {
            var name = argument.Name.Value;
            if (_directive is not null && Context.TypeInfo.Directive is { } directive)
            {
                var hint = Suggestions.DidYouMean(Suggestions.List(name, directive.Arguments.Select(a => a.Name)));
                Context.ReportError($"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{hint}", argument);
            }
            else if (_directive is null && Context.TypeInfo.FieldDefinition is { } field && Context.TypeInfo.ParentType is { } parent)
            {
                var hint = Suggestions.DidYouMean(Suggestions.List(name, field.Arguments.Select(a => a.Name)));
                Context.ReportError($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{hint}", argument);
            }
        }
    }
}
