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

    /// <summary>A scalar that passes values through unchanged (literals become plain CLR values), for SDL scalars without an implementation.</summary>
    public static ScalarType PassThrough(string name, string? description = null, string? specifiedByUrl = null) =>
        new(name, value => value, value => value, LiteralValue, description, specifiedByUrl);

    /// <summary>The plain CLR value of a literal (graphql-js valueFromASTUntyped, without variables).</summary>
    public static object? LiteralValue(ValueNode literal) => literal switch
    {
        IntValueNode i => long.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(LiteralValue).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => LiteralValue(f.Value)),
        _ => null,
    };

    public bool IsSpecified => ReferenceEquals(this, BuiltInScalars.Int) || ReferenceEquals(this, BuiltInScalars.Float) ||
        ReferenceEquals(this, BuiltInScalars.String) || ReferenceEquals(this, BuiltInScalars.Boolean) ||
        ReferenceEquals(this, BuiltInScalars.ID);
}
