namespace Nexus.GraphQL.Types;

/// <summary>Object and interface types: both have fields and may implement interfaces.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = [];
    private readonly List<InterfaceType> _interfaces = [];

    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? Field(string fieldName) => _fields.GetValueOrDefault(fieldName);

    internal void AddField(FieldDefinition field)
    {
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new GraphQLSchemaException($"{Name}.{field.Name} is defined more than once.");
        }
    }

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}

/// <summary>Decides whether a runtime value belongs to an object type (used to resolve abstract types).</summary>
public delegate bool IsTypeOf(object value, Execution.ResolveContext context);

/// <summary>Picks the object type (by name) for a runtime value of an interface or union.</summary>
public delegate string? ResolveAbstractType(object value, Execution.ResolveContext context);

public sealed class ObjectType(string name, string? description = null) : FieldsType(name, description)
{
    public IsTypeOf? IsTypeOf { get; internal set; }
}

public sealed class InterfaceType(string name, string? description = null) : FieldsType(name, description)
{
    public ResolveAbstractType? ResolveType { get; internal set; }
}

public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<ObjectType> _types = [];

    public IReadOnlyList<ObjectType> Types => _types;

    public ResolveAbstractType? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
