using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5: each variable is used only where its type fits (a nullable variable fits a non-null position
/// only with a default), and a field of a @oneOf input object takes only non-null variables.
/// </summary>
public sealed class VariablesInAllowedPositionRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Leave(SyntaxNode node)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return;
            }

            var definitions = operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).ToDictionary(g => g.Key, g => g.Last());
            foreach (var usage in Context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is not { } locationType || !definitions.TryGetValue(name, out var definition) ||
                    TypeInfo.TypeFromAst(Context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, locationType, usage.DefaultValue))
                {
                    Context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
                }

                // The spec asks this wherever the object appears; graphql-js only checks it where the object's own type is nullable.
                if (usage.ParentType?.Nullable is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                {
                    Context.ReportError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        definition, usage.Node);
                }
            }
        }

        private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, ValueNode? locationDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                // A default (on the variable, or where it is used) stands in for the null the variable could carry.
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || locationDefault is not null) &&
                       TypeComparators.IsSubtype(Context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsSubtype(Context.Schema, variableType, locationType);
        }
    }
}
