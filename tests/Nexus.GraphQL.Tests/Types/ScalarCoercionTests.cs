using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1.0, 1)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(true, 1)]
    [InlineData("123", 123)]
    public void IntSerializesWholeNumbersInRange(object value, int expected) =>
        BuiltInScalars.Int.Serialize(value).ShouldBe(expected);

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    public void IntRejectsFractionsAndValuesBeyond32Bits(object value, string message) =>
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Int.Serialize(value)).Message.ShouldBe(message);

    [Fact]
    public void IntInputAcceptsOnlyIntegers()
    {
        BuiltInScalars.Int.ParseValue(7L).ShouldBe(7);
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Int.ParseValue("7"));
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Int.ParseLiteral(new FloatValueNode("1.5")))
            .Message.ShouldBe("Int cannot represent non-integer value: 1.5");
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Int.ParseLiteral(new IntValueNode("2147483648")))
            .Message.ShouldBe("Int cannot represent non 32-bit signed integer value: 2147483648");
    }

    [Fact]
    public void FloatMustBeFinite()
    {
        BuiltInScalars.Float.ParseLiteral(new IntValueNode("3")).ShouldBe(3.0);
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Float.Serialize(double.NaN));
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Float.ParseValue(double.PositiveInfinity));
    }

    [Fact]
    public void StringAndBooleanInputsAreStrict()
    {
        BuiltInScalars.String.Serialize(true).ShouldBe("true");
        BuiltInScalars.String.Serialize(42).ShouldBe("42");
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.String.ParseValue(42L))
            .Message.ShouldBe("String cannot represent a non string value: 42");
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.Boolean.ParseLiteral(new IntValueNode("1")))
            .Message.ShouldBe("Boolean cannot represent a non boolean value: 1");
    }

    [Fact]
    public void IdAcceptsStringsAndIntegers()
    {
        BuiltInScalars.ID.Serialize(42).ShouldBe("42");
        BuiltInScalars.ID.ParseValue(42L).ShouldBe("42");
        BuiltInScalars.ID.ParseLiteral(new IntValueNode("7")).ShouldBe("7");
        Should.Throw<GraphQLCoercionException>(() => BuiltInScalars.ID.ParseLiteral(new FloatValueNode("1.5")))
            .Message.ShouldBe("ID cannot represent a non-string and non-integer value: 1.5");
    }

    [Fact]
    public void CustomScalarsCoerceBothWays()
    {
        var time = new DateTimeOffset(2026, 11, 22, 1, 2, 3, TimeSpan.Zero);
        TestSchema.DateTime.Serialize(time).ShouldBe("2026-11-22T01:02:03Z");
        TestSchema.DateTime.ParseLiteral(new StringValueNode("2026-11-22T01:02:03Z")).ShouldBe(time);
        TestSchema.DateTime.SpecifiedByUrl.ShouldBe("https://scalars.graphql.org/andimarek/date-time");
    }
}
