namespace Nexus.GraphQL.Types;

/// <summary>One enum value: its name in GraphQL and the CLR value resolvers see and return.</summary>
public sealed class EnumValueDefinition(string name, object? value, string? description = null, string? deprecationReason = null)
{
    public string Name { get; } = Names.Validate(name);

    public object? Value { get; } = value ?? name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;
}

public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, EnumValueDefinition> _values = [];

    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    internal void AddValue(EnumValueDefinition value)
    {
        if (value.Name is "true" or "false" or "null")
        {
            throw new GraphQLSchemaException($"Enum type {Name} cannot include value: {value.Name}.");
        }

        if (!_values.TryAdd(value.Name, value))
        {
            throw new GraphQLSchemaException($"Enum value {Name}.{value.Name} is defined more than once.");
        }
    }

    /// <summary>Maps a resolver's value (the CLR value, or the name as a string) to the enum value's name.</summary>
    public string Serialize(object value)
    {
        foreach (var candidate in _values.Values)
        {
            if (Equals(candidate.Value, value) || (value is string s && candidate.Name == s && candidate.Value is string))
            {
                return candidate.Name;
            }
        }

        if (value is Enum e && _values.ContainsKey(e.ToString()))
        {
            return e.ToString();
        }

        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }
}
