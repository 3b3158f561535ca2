namespace Nexus.GraphQL.Types;

/// <summary>Any type in the schema: a named type or a list/non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The named type at the core of any wrapping.</summary>
    public abstract NamedType Named { get; }

    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => Named is not InputObjectType;

    public bool IsLeafType => Named is ScalarType or EnumType;

    /// <summary>Drops a non-null wrapper if there is one.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;
}

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        OfType = ofType is NonNullType ? throw new ArgumentException("Non-null of non-null is not allowed.", nameof(ofType)) : ofType;
    }

    public GraphQLType OfType { get; }

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"{OfType}!";
}

/// <summary>A type with a name and optional description (scalar, object, interface, union, enum, input object).</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = Names.Validate(name);

    public string? Description { get; } = description;

    public override NamedType Named => this;

    public override string ToString() => Name;
}
