using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class KnownTypeNamesTests() : RuleTests(new KnownTypeNamesRule())
{
    [Fact]
    public void KnownTypesIncludingIntrospectionTypesAreFine() => ExpectValid("""

              query Foo(
                $var: String
                $required: [Int!]!
                $introspectionType: __EnumValue
              ) {
                user(id: 4) {
                  pets { ... on Pet { name }, ...PetFields, ... { name } }
                }
              }

              fragment PetFields on Pet {
                name
              }
        """);

    [Fact]
    public void UnknownTypesAreReportedWithSuggestions() => ExpectErrors("""

              query Foo($var: [JumbledUpLetters!]!) {
                user(id: 4) {
                  name
                  pets { ... on Badger { name }, ...PetFields }
                }
              }
              fragment PetFields on Peat {
                name
              }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (2, 24)),
        Error("Unknown type \"Badger\".", (5, 25)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 29)));

    [Fact]
    public void StandardScalarsMissingFromTheSchemaAreUnknownInOperations() =>
        ValidationHarness.Validate([new KnownTypeNamesRule()], """

              query ($id: ID, $float: Float, $int: Int) {
                __typename
              }
        """, Nexus.GraphQL.Types.SdlSchema.Build("type Query { foo: String }")).ShouldBe(
        [
            Error("Unknown type \"ID\".", (2, 19)),
            Error("Unknown type \"Float\".", (2, 31)),
            Error("Unknown type \"Int\".", (2, 44)),
        ]);

    [Fact]
    public void TypeSystemDefinitionsMayUseTheStandardScalars() => ExpectErrors("""

              type Query {
                id: ID
                count: Int
                missing: Strin
              }
        """,
        Error("Unknown type \"Strin\". Did you mean \"String\"?", (5, 18)));
}

public class FragmentsOnCompositeTypesTests() : RuleTests(new FragmentsOnCompositeTypesRule())
{
    [Theory]
    [InlineData("fragment validFragment on Dog { barks }")]
    [InlineData("fragment validFragment on Pet { name }")]
    [InlineData("fragment validFragment on Pet { ... on Dog { barks } }")]
    [InlineData("fragment validFragment on Pet { ... { name } }")]
    [InlineData("fragment validFragment on CatOrDog { __typename }")]
    [InlineData("fragment unknownFragment on Unknown { name }")]
    public void FragmentsOnObjectsInterfacesAndUnionsAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AFragmentOnAScalarIsReported() => ExpectErrors("""

              fragment scalarFragment on Boolean {
                bad
              }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (2, 34)));

    [Fact]
    public void AFragmentOnAnEnumIsReported() => ExpectErrors("""

              fragment scalarFragment on FurColor {
                bad
              }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (2, 34)));

    [Fact]
    public void AFragmentOnAnInputObjectIsReported() => ExpectErrors("""

              fragment inputFragment on ComplexInput {
                stringField
              }
        """,
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 33)));

    [Fact]
    public void AnInlineFragmentOnAScalarIsReported() => ExpectErrors("""

              fragment invalidFragment on Pet {
                ... on String {
                  barks
                }
              }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (3, 16)));
}

public class VariablesAreInputTypesTests() : RuleTests(new VariablesAreInputTypesRule())
{
    [Fact]
    public void UnknownTypesAreLeftToKnownTypeNames() => ExpectValid("query Foo($a: Unknown, $b: [[Unknown!]]!) { field(a: $a, b: $b) }");

    [Fact]
    public void InputTypesAreFine() => ExpectValid("query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) { field(a: $a, b: $b, c: $c) }");

    [Fact]
    public void OutputTypesAreReportedWithTheirWrapping() => ExpectErrors("""

              query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
                field(a: $a, b: $b, c: $c)
              }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (2, 21)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (2, 30)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (2, 50)));
}
