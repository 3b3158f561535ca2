using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.3: a fragment is only spread where some object could be of both its type and the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule() : ValidationRule(context => new Visitor(context))
{
    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            var parent = Context.TypeInfo.ParentType;
            switch (node)
            {
                case InlineFragmentNode inline when Composite(Context.TypeInfo.Type) is { } type && Composite(parent) is { } parentType &&
                                                    !DoTypesOverlap(Context.Schema, type, parentType):
                    Context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{type}\".", inline);
                    break;
                case FragmentSpreadNode spread when Context.GetFragment(spread.Name.Value) is { } fragment &&
                                                    Composite(TypeInfo.TypeFromAst(Context.Schema, fragment.TypeCondition)) is { } type &&
                                                    Composite(parent) is { } parentType && !DoTypesOverlap(Context.Schema, type, parentType):
                    Context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{type}\".",
                        spread);
                    break;
            }
        }

        private static NamedType? Composite(GraphQLType? type) => type is FieldsType or UnionType ? (NamedType)type : null;
    }

    /// <summary>Whether some object type could be of both types (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            return b is InterfaceType or UnionType
                ? schema.GetPossibleTypes(a).Any(possible => schema.IsSubType(b, possible))
                : schema.IsSubType(a, b);
        }

        return b is InterfaceType or UnionType && schema.IsSubType(b, a);
    }
}
