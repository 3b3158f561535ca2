using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 and 5.7.2: every directive used is defined and allowed where it is used.</summary>
public sealed class KnownDirectivesRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, DirectiveLocation[]> _locations = DirectiveLocations(context);
        private readonly List<SyntaxNode> _ancestors = [];

        public override void Enter(SyntaxNode node)
        {
            if (node is DirectiveNode directive)
            {
                Check(directive);
            }

            _ancestors.Add(node);
        }

        public override void Leave(SyntaxNode node) => _ancestors.RemoveAt(_ancestors.Count - 1);

        private void Check(DirectiveNode directive)
        {
            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                Context.ReportError($"Unknown directive \"@{name}\".", directive);
                return;
            }

            if (Location() is { } location && !locations.Contains(location))
            {
                Context.ReportError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
            }
        }

        private DirectiveLocation? Location() => _ancestors[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => _ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };

        // Directives defined in the document count too, as in graphql-js.
        private static Dictionary<string, DirectiveLocation[]> DirectiveLocations(ValidationContext context)
        {
            var locations = context.Schema.Directives.ToDictionary(d => d.Name, d => d.Locations.ToArray());
            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                locations[definition.Name.Value] = [.. definition.Locations.Select(l => DirectiveLocationNames.Parse(l.Value))];
            }

            return locations;
        }
    }
}
