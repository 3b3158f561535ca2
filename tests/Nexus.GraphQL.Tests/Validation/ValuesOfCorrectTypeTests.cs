using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeTests() : RuleTests(new ValuesOfCorrectTypeRule())
{
    // graphql-js's layout for argument tests: the call sits on line 4, column 11.
    private static string Query(string call, string root = "complicatedArgs") => $$"""

              {
                {{root}} {
                  {{call}}
                }
              }
        """;

    private void ExpectErrorAt(string call, string at, string message, string root = "complicatedArgs") =>
        ExpectErrors(Query(call, root), Error(message, (4, 11 + call.IndexOf(at, StringComparison.Ordinal))));

    [Theory]
    [InlineData("intArgField(intArg: 2)")]
    [InlineData("intArgField(intArg: -2)")]
    [InlineData("booleanArgField(booleanArg: true)")]
    [InlineData("stringArgField(stringArg: \"foo\")")]
    [InlineData("floatArgField(floatArg: 1.1)")]
    [InlineData("floatArgField(floatArg: -1.1)")]
    [InlineData("floatArgField(floatArg: 1)")]
    [InlineData("idArgField(idArg: 1)")]
    [InlineData("idArgField(idArg: \"someIdString\")")]
    [InlineData("enumArgField(enumArg: UNKNOWN)")]
    [InlineData("intArgField(intArg: null)")]
    [InlineData("stringListArgField(stringListArg: [\"one\", null, \"two\"])")]
    [InlineData("stringListArgField(stringListArg: [])")]
    [InlineData("stringListArgField(stringListArg: null)")]
    [InlineData("stringListArgField(stringListArg: \"one\")")]
    [InlineData("complexArgField(complexArg: { requiredField: true })")]
    [InlineData("complexArgField(complexArg: { requiredField: false, nonNullField: true, intField: 4, stringListField: [\"one\"] })")]
    [InlineData("complexArgField(complexArg: { stringListField: [\"one\", \"two\"], requiredField: true })")]
    [InlineData("oneOfArgField(oneOfArg: { stringField: \"abc\" })")]
    [InlineData("multipleReqs(req1: 1, req2: 2)")]
    [InlineData("intArgField(intArg: $unknownVariable)")]
    public void ValuesOfTheExpectedTypeAreFine(string call) => ExpectValid(Query(call));

    [Fact]
    public void AKnownEnumValueIsFine() => ExpectValid(Query("doesKnowCommand(dogCommand: SIT)", "dog"));

    [Fact]
    public void ANonNullVariableForAOneOfFieldIsFine() =>
        ExpectValid("query ($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }");

    [Fact]
    public void DirectiveArgumentsOfTheRightTypeAreFine() =>
        ExpectValid("{ dog @include(if: true) { name } human @skip(if: false) { name } }");

    [Fact]
    public void VariableDefaultsOfTheRightTypeAreFine() => ExpectValid("""

              query WithDefaultValues(
                $a: Int = 1,
                $b: String = "ok",
                $c: ComplexInput = { requiredField: true, intField: 3 }
                $d: Int! = 123
              ) {
                dog { name }
              }
        """);

    [Theory]
    [InlineData("stringArgField(stringArg: 1)", "1", "String cannot represent a non string value: 1")]
    [InlineData("stringArgField(stringArg: 1.0)", "1.0", "String cannot represent a non string value: 1.0")]
    [InlineData("stringArgField(stringArg: true)", "true", "String cannot represent a non string value: true")]
    [InlineData("stringArgField(stringArg: BAR)", "BAR", "String cannot represent a non string value: BAR")]
    [InlineData("intArgField(intArg: \"3\")", "\"3\"", "Int cannot represent non-integer value: \"3\"")]
    [InlineData("intArgField(intArg: 829384293849283498239482938)", "8", "Int cannot represent non 32-bit signed integer value: 829384293849283498239482938")]
    [InlineData("intArgField(intArg: FOO)", "FOO", "Int cannot represent non-integer value: FOO")]
    [InlineData("intArgField(intArg: 3.0)", "3.0", "Int cannot represent non-integer value: 3.0")]
    [InlineData("intArgField(intArg: 3.333)", "3.333", "Int cannot represent non-integer value: 3.333")]
    [InlineData("floatArgField(floatArg: \"3.333\")", "\"", "Float cannot represent non numeric value: \"3.333\"")]
    [InlineData("floatArgField(floatArg: true)", "true", "Float cannot represent non numeric value: true")]
    [InlineData("floatArgField(floatArg: FOO)", "FOO", "Float cannot represent non numeric value: FOO")]
    [InlineData("booleanArgField(booleanArg: 2)", "2", "Boolean cannot represent a non boolean value: 2")]
    [InlineData("booleanArgField(booleanArg: 1.0)", "1.0", "Boolean cannot represent a non boolean value: 1.0")]
    [InlineData("booleanArgField(booleanArg: \"true\")", "\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("booleanArgField(booleanArg: TRUE)", "TRUE", "Boolean cannot represent a non boolean value: TRUE")]
    [InlineData("idArgField(idArg: 1.0)", "1.0", "ID cannot represent a non-string and non-integer value: 1.0")]
    [InlineData("idArgField(idArg: true)", "true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("idArgField(idArg: SOMETHING)", "SOMETHING", "ID cannot represent a non-string and non-integer value: SOMETHING")]
    [InlineData("stringListArgField(stringListArg: [\"one\", 2])", "2", "String cannot represent a non string value: 2")]
    [InlineData("stringListArgField(stringListArg: 1)", "1", "String cannot represent a non string value: 1")]
    [InlineData("multipleReqs(req1: null)", "null", "Expected value of type \"Int!\", found null.")]
    [InlineData("intArgField(intArg: { a: 1 })", "{", "Int cannot represent non-integer value: {a: 1}")]
    public void ScalarsOfTheWrongKindAreReportedWithTheScalarsMessage(string call, string at, string message) =>
        ExpectErrorAt(call, at, message);

    [Theory]
    [InlineData("doesKnowCommand(dogCommand: 2)", "2", "Enum \"DogCommand\" cannot represent non-enum value: 2.")]
    [InlineData("doesKnowCommand(dogCommand: 1.0)", "1.0", "Enum \"DogCommand\" cannot represent non-enum value: 1.0.")]
    [InlineData("doesKnowCommand(dogCommand: \"SIT\")", "\"", "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?")]
    [InlineData("doesKnowCommand(dogCommand: true)", "true", "Enum \"DogCommand\" cannot represent non-enum value: true.")]
    [InlineData("doesKnowCommand(dogCommand: JUGGLE)", "JUGGLE", "Value \"JUGGLE\" does not exist in \"DogCommand\" enum.")]
    [InlineData("doesKnowCommand(dogCommand: sit)", "sit", "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?")]
    public void InvalidEnumValuesAreReportedWithSuggestions(string call, string at, string message) =>
        ExpectErrorAt(call, at, message, "dog");

    [Fact]
    public void EachWrongArgumentIsReported() => ExpectErrors(Query("multipleReqs(req2: \"two\", req1: \"one\")"),
        Error("Int cannot represent non-integer value: \"two\"", (4, 30)),
        Error("Int cannot represent non-integer value: \"one\"", (4, 43)));

    [Fact]
    public void AMissingRequiredInputFieldIsReportedAtTheObject() => ExpectErrorAt(
        "complexArgField(complexArg: { intField: 4 })", "{",
        "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.");

    [Fact]
    public void AWrongItemInsideAnInputObjectIsReported() => ExpectErrorAt(
        "complexArgField(complexArg: { stringListField: [\"one\", 2], requiredField: true })", "2",
        "String cannot represent a non string value: 2");

    [Fact]
    public void NullForANonNullInputFieldIsReported() => ExpectErrorAt(
        "complexArgField(complexArg: { requiredField: true, nonNullField: null })", "null",
        "Expected value of type \"Boolean!\", found null.");

    [Fact]
    public void AnUnknownInputFieldGetsASuggestion() => ExpectErrorAt(
        "complexArgField(complexArg: { requiredField: true, invalidField: \"value\" })", "invalidField",
        "Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?");

    [Fact]
    public void AListWhereAnObjectIsExpectedIsReportedOnceAsAWhole() => ExpectErrorAt(
        "complexArgField(complexArg: [{ requiredField: true }, { unknown: 1 }])", "[",
        "Expected value of type \"ComplexInput\", found [{requiredField: true}, {unknown: 1}].");

    [Fact]
    public void AOneOfObjectWithTwoFieldsIsReported() => ExpectErrorAt(
        "oneOfArgField(oneOfArg: { stringField: \"abc\", intField: 123 })", "{",
        "OneOf Input Object \"OneOfInput\" must specify exactly one key.");

    [Fact]
    public void AOneOfObjectWithNoFieldsIsReported() => ExpectErrorAt(
        "oneOfArgField(oneOfArg: {})", "{", "OneOf Input Object \"OneOfInput\" must specify exactly one key.");

    [Fact]
    public void AOneOfFieldSetToNullIsReported() => ExpectErrorAt(
        "oneOfArgField(oneOfArg: { stringField: null })", "{", "Field \"OneOfInput.stringField\" must be non-null.");

    [Fact]
    public void ANullableVariableForAOneOfFieldIsLeftToVariablesInAllowedPosition() =>
        ExpectValid("query ($string: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }");

    [Fact]
    public void DirectiveArgumentsOfTheWrongTypeAreReported() => ExpectErrors("""

              {
                dog @include(if: "yes") {
                  name @skip(if: ENUM)
                }
              }
        """,
        Error("Boolean cannot represent a non boolean value: \"yes\"", (3, 26)),
        Error("Boolean cannot represent a non boolean value: ENUM", (4, 26)));

    [Fact]
    public void VariableDefaultsOfTheWrongTypeAreReported() => ExpectErrors("""

              query InvalidDefaultValues(
                $a: Int = "one",
                $b: String = 4,
                $c: ComplexInput = "NotVeryComplex"
              ) {
                dog { name }
              }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (3, 19)),
        Error("String cannot represent a non string value: 4", (4, 22)),
        Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (5, 28)));

    [Fact]
    public void NullDefaultsForNonNullVariablesAndFieldsAreReported() => ExpectErrors("""

              query WithDefaultValues(
                $a: Int! = null,
                $b: String! = null,
                $c: ComplexInput = { requiredField: null, intField: null }
              ) {
                dog { name }
              }
        """,
        Error("Expected value of type \"Int!\", found null.", (3, 20)),
        Error("Expected value of type \"String!\", found null.", (4, 23)),
        Error("Expected value of type \"Boolean!\", found null.", (5, 45)));

    [Fact]
    public void AVariableDefaultMissingARequiredFieldIsReported() => ExpectErrors("""

              query MissingRequiredField($a: ComplexInput = {intField: 3}) {
                dog { name }
              }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 53)));

    [Fact]
    public void AVariableDefaultWithAWrongListItemIsReported() => ExpectErrors("""

              query InvalidItem($a: [String] = ["one", 2]) {
                dog { name }
              }
        """,
        Error("String cannot represent a non string value: 2", (2, 48)));

    [Fact]
    public void ACustomScalarsOwnReasonFollowsTheGenericMessage()
    {
        var invalid = new ScalarType("Invalid", v => v, v => v,
            literal => throw new GraphQLCoercionException($"Invalid scalar is always invalid: {Printer.Print(literal)}"));
        var schema = SdlSchema.Build("scalar Invalid type Query { invalidArg(arg: Invalid): String }", r => r.Scalar(invalid));

        ValidationHarness.Validate([new ValuesOfCorrectTypeRule()], "{ invalidArg(arg: 123) }", schema).ShouldBe(
            [Error("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19))]);
    }

    [Fact]
    public void CustomScalarsMayAcceptComplexLiterals() => ValidationHarness.Validate([new ValuesOfCorrectTypeRule()], """
        {
          test1: anyArg(arg: 123)
          test2: anyArg(arg: "abc")
          test3: anyArg(arg: [123, "abc"])
          test4: anyArg(arg: {deep: [123, "abc"]})
        }
        """, SdlSchema.Build("scalar Any type Query { anyArg(arg: Any): String }")).ShouldBeEmpty();
}
