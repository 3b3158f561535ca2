using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Not a spec rule: rejects __schema and __type when introspection is switched off (graphql-js NoSchemaIntrospectionCustomRule).</summary>
public sealed class NoSchemaIntrospectionRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field &&
                Context.TypeInfo.Type?.Named is { } type &&
                (ReferenceEquals(type, Introspection.IntrospectionTypes.Schema) || ReferenceEquals(type, Introspection.IntrospectionTypes.Type)))
            {
                Context.ReportError($"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", field);
            }
        }
    }
}
