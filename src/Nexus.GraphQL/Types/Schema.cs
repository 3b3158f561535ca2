using Nexus.GraphQL.Introspection;

namespace Nexus.GraphQL.Types;

/// <summary>
/// A validated, immutable schema. Types are kept in graphql-js's type-map order, so printing and
/// introspection list them the way graphql-js would for the same definitions.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types;
    private readonly Dictionary<string, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<string, List<FieldsType>> _implementations = [];

    internal Schema(ObjectType query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives, string? description)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Directives = directives;
        Description = description;
        _types = TypeCollector.Collect(types, [query, mutation, subscription], directives);
        IndexAbstractTypes();
    }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public ObjectType? RootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => Query,
        Language.OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of an abstract (interface or union) type can have at run time.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.GetValueOrDefault(abstractType.Name) ?? [],
        ObjectType objectType => [objectType],
        _ => [],
    };

    /// <summary>Object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<FieldsType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType.Name) ?? [];

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>Whether <paramref name="maybeSubType"/> is the same as, a member of, or an implementation of <paramref name="superType"/>.</summary>
    public bool IsSubType(NamedType superType, NamedType maybeSubType) =>
        ReferenceEquals(superType, maybeSubType) || superType switch
        {
            UnionType union => maybeSubType is ObjectType o && union.Types.Contains(o),
            InterfaceType i => maybeSubType is FieldsType f && f.Interfaces.Contains(i),
            _ => false,
        };

    private void IndexAbstractTypes()
    {
        foreach (var type in _types.Values.OfType<FieldsType>())
        {
            foreach (var implemented in type.Interfaces)
            {
                Add(_implementations, implemented.Name, type);
                if (type is ObjectType objectType)
                {
                    Add(_possibleTypes, implemented.Name, objectType);
                }
            }
        }

        static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(value);
        }
    }

    public bool IsIntrospectionType(NamedType type) => IntrospectionTypes.All.Contains(type);
}
