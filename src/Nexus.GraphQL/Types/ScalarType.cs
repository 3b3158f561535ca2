using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>
/// A leaf type with three coercions: result values out (<see cref="Serialize"/>), variable values in
/// (<see cref="ParseValue"/>) and literals in (<see cref="ParseLiteral"/>). Each throws
/// <see cref="GraphQLCoercionException"/> for values it cannot represent.
/// </summary>
public class ScalarType(
    string name,
    Func<object, object?> serialize,
    Func<object, object?> parseValue,
    Func<ValueNode, object?> parseLiteral,
    string? description = null,
    string? specifiedByUrl = null) : NamedType(name, description)
{
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    public object? Serialize(object value) => serialize(value);

    public object? ParseValue(object value) => parseValue(value);

    /// <summary>Coerces a literal that contains no variables (the caller substitutes them first).</summary>
    public object? ParseLiteral(ValueNode literal) => parseLiteral(literal);

    public bool IsSpecified => ReferenceEquals(this, BuiltInScalars.Int) || ReferenceEquals(this, BuiltInScalars.Float) ||
        ReferenceEquals(this, BuiltInScalars.String) || ReferenceEquals(this, BuiltInScalars.Boolean) ||
        ReferenceEquals(this, BuiltInScalars.ID);
}
