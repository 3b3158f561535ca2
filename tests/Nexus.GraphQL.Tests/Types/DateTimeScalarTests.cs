using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Types;

public class DateTimeScalarTests
{
    private static readonly ScalarType DateTime = DateTimeScalar.Type;

    [Fact]
    public void SerializesInUtcWithMilliseconds()
    {
        DateTime.Serialize(new DateTimeOffset(2026, 11, 22, 3, 4, 5, 678, TimeSpan.FromHours(2))).ShouldBe("2026-11-22T01:04:05.678Z");
        DateTime.Serialize(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)).ShouldBe("2026-01-02T03:04:05.000Z");
    }

    [Fact]
    public void RejectsDateTimesWithoutTimeZone() =>
        Should.Throw<GraphQLCoercionException>(() => DateTime.Serialize(new DateTime(2026, 1, 2)));

    [Theory]
    [InlineData("2026-11-22T01:02:03Z")]
    [InlineData("2026-11-22T01:02:03.5+02:00")]
    public void ParsesRfc3339WithOffsets(string text) =>
        DateTime.ParseLiteral(new StringValueNode(text)).ShouldBeOfType<DateTimeOffset>();

    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2026-11-22T01:02:03")]
    [InlineData("yesterday")]
    public void RejectsDatesWithoutTimeOrOffset(string text) =>
        Should.Throw<GraphQLCoercionException>(() => DateTime.ParseValue(text))
            .Message.ShouldBe($"DateTime cannot represent an invalid date-time string \"{text}\".");

    [Fact]
    public void PrintsWithItsSpecification()
    {
        var schema = new SchemaBuilder().Scalar(DateTime).Query("Query", q => q.Field("now", "DateTime")).Build();

        SchemaPrinter.Print(schema).ShouldContain("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")");
    }
}
