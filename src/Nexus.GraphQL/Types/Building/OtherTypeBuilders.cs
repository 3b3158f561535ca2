namespace Nexus.GraphQL.Types;

public sealed class UnionTypeBuilder
{
    internal List<string> Members { get; } = [];

    internal string? TypeDescription { get; private set; }

    internal ResolveAbstractType? TypeResolver { get; private set; }

    public UnionTypeBuilder Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    public UnionTypeBuilder Types(params string[] memberNames)
    {
        Members.AddRange(memberNames);
        return this;
    }

    public UnionTypeBuilder ResolveType(Func<object, string?> resolveType)
    {
        TypeResolver = (value, _) => resolveType(value);
        return this;
    }
}

public sealed class EnumTypeBuilder
{
    internal List<EnumValueDefinition> Values { get; } = [];

    internal string? TypeDescription { get; private set; }

    public EnumTypeBuilder Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    /// <summary>Adds a value; <paramref name="value"/> is what resolvers return and arguments deliver (the name when omitted).</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.Add(new EnumValueDefinition(name, value, description, deprecationReason));
        return this;
    }
}

public sealed class InputObjectTypeBuilder
{
    internal List<InputValueConfig> Fields { get; } = [];

    internal string? TypeDescription { get; private set; }

    internal bool IsOneOf { get; private set; }

    public InputObjectTypeBuilder Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    /// <summary>Marks the input object @oneOf: exactly one field, non-null, must be given.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, string? description = null, string? deprecationReason = null)
    {
        Fields.Add(new InputValueConfig(name, type, description, DeprecationReason: deprecationReason));
        return this;
    }

    /// <summary>Adds a field with a default, given as a CLR value or a parsed literal (ValueNode).</summary>
    public InputObjectTypeBuilder FieldWithDefault(string name, string type, object? defaultValue, string? description = null)
    {
        Fields.Add(new InputValueConfig(name, type, description, defaultValue, HasDefault: true));
        return this;
    }
}

public sealed class DirectiveBuilder
{
    internal List<InputValueConfig> Arguments { get; } = [];

    internal string? DirectiveDescription { get; private set; }

    internal bool IsRepeatable { get; private set; }

    public DirectiveBuilder Description(string description)
    {
        DirectiveDescription = description;
        return this;
    }

    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }

    public DirectiveBuilder Argument(string name, string type, string? description = null)
    {
        Arguments.Add(new InputValueConfig(name, type, description));
        return this;
    }

    public DirectiveBuilder ArgumentWithDefault(string name, string type, object? defaultValue, string? description = null)
    {
        Arguments.Add(new InputValueConfig(name, type, description, defaultValue, HasDefault: true));
        return this;
    }
}
