namespace Nexus.GraphQL.Types;

/// <summary>Type equality and covariance, as used by interface implementation and variable usage rules.</summary>
public static class TypeComparators
{
    public static bool IsEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => IsEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsSubtype(Schema schema, GraphQLType maybeSubType, GraphQLType superType) => (maybeSubType, superType) switch
    {
        (NonNullType sub, NonNullType super) => IsSubtype(schema, sub.OfType, super.OfType),
        (NonNullType sub, _) => IsSubtype(schema, sub.OfType, superType),
        (_, NonNullType) => false,
        (ListType sub, ListType super) => IsSubtype(schema, sub.OfType, super.OfType),
        (ListType, _) or (_, ListType) => false,
        (NamedType sub, NamedType super) => schema.IsSubType(super, sub),
        _ => false,
    };
}
