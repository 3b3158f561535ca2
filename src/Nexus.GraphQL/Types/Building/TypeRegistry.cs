using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>Named types known while building, used to resolve SDL type references such as "[User!]!".</summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, NamedType> _types = [];

    public TypeRegistry()
    {
        foreach (var scalar in BuiltInScalars.All)
        {
            _types[scalar.Name] = scalar;
        }
    }

    public T Add<T>(T type) where T : NamedType
    {
        if (_types.TryGetValue(type.Name, out var existing) && !(existing is ScalarType { IsSpecified: true } && ReferenceEquals(existing, type)))
        {
            throw new GraphQLSchemaException($"Type \"{type.Name}\" is defined more than once.");
        }

        _types[type.Name] = type;
        return type;
    }

    public T Get<T>(string name, string referencedBy) where T : NamedType =>
        _types.GetValueOrDefault(name) switch
        {
            T type => type,
            null => throw new GraphQLSchemaException($"Unknown type \"{name}\" referenced by {referencedBy}."),
            var other => throw new GraphQLSchemaException($"{referencedBy} must reference a {Kind<T>()} but \"{name}\" is a {other.GetType().Name}."),
        };

    public GraphQLType Resolve(string typeReference, string referencedBy) => Resolve(Parser.ParseType(typeReference), referencedBy);

    private GraphQLType Resolve(TypeNode node, string referencedBy) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type, referencedBy)),
        ListTypeNode list => new ListType(Resolve(list.Type, referencedBy)),
        NamedTypeNode named => Get<NamedType>(named.Name.Value, referencedBy),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string Kind<T>() => typeof(T).Name;
}
