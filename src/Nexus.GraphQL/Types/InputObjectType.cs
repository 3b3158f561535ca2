namespace Nexus.GraphQL.Types;

/// <summary>An input object; with <see cref="IsOneOf"/> exactly one field must be given (spec @oneOf).</summary>
public sealed class InputObjectType(string name, string? description = null, bool isOneOf = false) : NamedType(name, description)
{
    private readonly OrderedDictionary<string, InputValueDefinition> _fields = [];

    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields;

    public bool IsOneOf { get; } = isOneOf;

    internal void AddField(InputValueDefinition field)
    {
        if (!_fields.TryAdd(field.Name, field))
        {
            throw new GraphQLSchemaException($"{Name}.{field.Name} is defined more than once.");
        }
    }
}
