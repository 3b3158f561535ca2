using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>An argument or input object field. The default is kept as a literal, as SDL and introspection show it.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type, string? description, Lazy<ValueNode?> defaultValue,
    string? deprecationReason)
{
    public InputValueDefinition(string name, GraphQLType type, string? description = null, ValueNode? defaultValue = null,
        string? deprecationReason = null)
        : this(name, type, description, new Lazy<ValueNode?>(defaultValue), deprecationReason)
    {
    }

    public string Name { get; } = Names.Validate(name);

    public GraphQLType Type { get; } = type;

    public string? Description { get; } = description;

    /// <summary>Computed on first use, once every input type it may mention is complete.</summary>
    public ValueNode? DefaultValue => defaultValue.Value;

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;
}
