using System.Globalization;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>
/// The DateTime scalar of scalars.graphql.org (RFC 3339 date-time with an offset), serialized in UTC with
/// millisecond precision. Resolvers may return <see cref="DateTimeOffset"/> or <see cref="DateTime"/>;
/// arguments arrive as <see cref="DateTimeOffset"/>.
/// </summary>
public static class DateTimeScalar
{
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static ScalarType Type { get; } = new(
        "DateTime",
        Serialize,
        value => value is string text ? Parse(text) : throw Invalid(value),
        literal => literal is StringValueNode text ? Parse(text.Value) : throw new GraphQLCoercionException(
            $"DateTime cannot represent a non string value: {Printer.Print(literal)}"),
        "A date and time with an offset, as an RFC 3339 string such as `2026-11-22T01:02:03.000Z`.",
        SpecificationUrl);

    private static string Serialize(object value) => value switch
    {
        DateTimeOffset time => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new GraphQLCoercionException(
            "DateTime cannot represent a date and time without a time zone."),
        DateTime time => time.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
        string text => Serialize(Parse(text)),
        _ => throw Invalid(value),
    };

    /// <summary>Accepts only full RFC 3339 date-times with an explicit offset (Z or ±hh:mm).</summary>
    private static DateTimeOffset Parse(string text)
    {
        var hasOffset = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-');
        return hasOffset && text.Length >= 20 && text[10] is 'T' or 't' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException($"DateTime cannot represent an invalid date-time string {ValueInspector.Inspect(text)}.");
    }

    private static GraphQLCoercionException Invalid(object value) =>
        new($"DateTime cannot represent value: {ValueInspector.Inspect(value)}");
}
