using System.Globalization;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>The five specified scalars with the spec's coercion rules (and graphql-js's error messages).</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new(
        "Int", SerializeInt, ParseIntValue, ParseIntLiteral,
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    public static ScalarType Float { get; } = new(
        "Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral,
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    public static ScalarType String { get; } = new(
        "String", SerializeString, ParseStringValue, ParseStringLiteral,
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    public static ScalarType Boolean { get; } = new(
        "Boolean", SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral,
        "The `Boolean` scalar type represents `true` or `false`.");

    public static ScalarType ID { get; } = new(
        "ID", SerializeId, ParseIdValue, ParseIdLiteral,
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    private static object SerializeInt(object value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            string => throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
            _ => ToDouble(value) ?? throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}"),
        };
        if (number != Math.Floor(number) || double.IsInfinity(number))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseIntValue(object value)
    {
        var number = value is bool or string ? null : ToDouble(value);
        if (number is not { } n || n != Math.Floor(n) || double.IsInfinity(n))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        return n is >= int.MinValue and <= int.MaxValue
            ? (int)n
            : throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseIntLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    private static object SerializeFloat(object value)
    {
        var number = value switch
        {
            bool b => b ? 1 : 0,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => ToDouble(value),
        };
        return number is { } n && double.IsFinite(n)
            ? n
            : throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    private static object ParseFloatValue(object value) =>
        value is not (bool or string) && ToDouble(value) is { } n && double.IsFinite(n)
            ? n
            : throw new GraphQLCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");

    private static object ParseFloatLiteral(ValueNode literal) => literal switch
    {
        IntValueNode or FloatValueNode when double.TryParse(LiteralText(literal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) => n,
        _ => throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };

    private static object SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Enum e => e.ToString(),
        _ when ToDouble(value) is { } n && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new GraphQLCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseStringValue(object value) =>
        value as string ?? throw new GraphQLCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    private static object ParseStringLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw new GraphQLCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    private static object SerializeBoolean(object value) => value switch
    {
        bool b => b,
        _ when ToDouble(value) is { } n && double.IsFinite(n) => n != 0,
        _ => throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseBooleanValue(object value) =>
        value is bool b ? b : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    private static object ParseBooleanLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

    private static object SerializeId(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when ToDouble(value) is { } n && n == Math.Floor(n) && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseIdValue(object value) => value switch
    {
        string s => s,
        _ when value is not bool && ToDouble(value) is { } n && n == Math.Floor(n) && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new GraphQLCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    private static object ParseIdLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    private static string LiteralText(ValueNode literal) => literal switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        _ => "",
    };

    private static double? ToDouble(object value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => null,
    };
}
