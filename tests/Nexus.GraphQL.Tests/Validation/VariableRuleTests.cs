using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class UniqueVariableNamesTests() : RuleTests(new UniqueVariableNamesRule())
{
    [Fact]
    public void EachOperationHasItsOwnVariables() =>
        ExpectValid("query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }");

    [Fact]
    public void DuplicateVariablesAreReportedOncePerNameWithEveryDefinition() => ExpectErrors("""

              query A($x: Int, $x: Int, $x: String) { __typename }
              query B($x: String, $x: Int) { __typename }
              query C($x: Int, $x: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (2, 16), (2, 25), (2, 34)),
        Error("There can be only one variable named \"$x\".", (3, 16), (3, 28)),
        Error("There can be only one variable named \"$x\".", (4, 16), (4, 25)));
}

public class NoUndefinedVariablesTests() : RuleTests(new NoUndefinedVariablesRule())
{
    [Theory]
    [InlineData("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String) { field(a: $a) { field(a: $a) { field(a: $a) } } }")]
    [InlineData("query Foo($a: String) { ... on Type { field(a: $a) { ... on Type { field(a: $a) } } } }")]
    [InlineData("query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $a) }")]
    [InlineData("query Foo($a: String) { ...FragA } query Bar($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }")]
    [InlineData("query Foo($a: Boolean!) { field @include(if: $a) }")]
    public void VariablesDefinedByTheOperationAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AnUndefinedVariableIsReportedWithItsOperation() => ExpectErrors("""

              query Foo($a: String, $b: String, $c: String) {
                field(a: $a, b: $b, c: $c, d: $d)
              }
        """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)));

    [Fact]
    public void AnUndefinedVariableOfAnAnonymousOperationIsReported() => ExpectErrors("""

              {
                field(a: $a)
              }
        """,
        Error("Variable \"$a\" is not defined.", (3, 18), (2, 7)));

    [Fact]
    public void EachUndefinedVariableIsReported() => ExpectErrors("""

              query Foo($b: String) {
                field(a: $a, b: $b, c: $c)
              }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)));

    [Fact]
    public void AnUndefinedVariableInAFragmentIsReported() => ExpectErrors("""

              {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a)
              }
        """,
        Error("Variable \"$a\" is not defined.", (6, 18), (2, 7)));

    [Fact]
    public void AFragmentsVariablesAreCheckedForEachOperationSpreadingIt() => ExpectErrors("""

              query Foo($b: String) {
                ...FragA
              }
              query Bar($a: String) {
                ...FragB
              }
              fragment FragA on Type {
                field(a: $a)
              }
              fragment FragB on Type {
                field(b: $b)
              }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (12, 18), (5, 7)));
}

public class NoUnusedVariablesTests() : RuleTests(new NoUnusedVariablesRule())
{
    [Theory]
    [InlineData("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }")]
    [InlineData("query Foo($a: String, $b: String) { field(a: $a) { field(b: $b) } }")]
    [InlineData("query Foo($a: String) { ... on Type { field(a: $a) } }")]
    [InlineData("query Foo($a: String) { ...FragA } fragment FragA on Type { ...FragB } fragment FragB on Type { field(b: $a) }")]
    [InlineData("query Foo($a: Boolean!) { field @skip(if: $a) }")]
    [InlineData("query Foo($a: String) { ...FragA } query Bar($b: String) { ...FragB } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }")]
    public void VariablesUsedDirectlyOrThroughFragmentsAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AnUnusedVariableOfAnAnonymousOperationIsReported() => ExpectErrors("""

              query ($a: String, $b: String, $c: String) {
                field(a: $a, b: $b)
              }
        """,
        Error("Variable \"$c\" is never used.", (2, 38)));

    [Fact]
    public void EachUnusedVariableIsReportedWithItsOperation() => ExpectErrors("""

              query Foo($a: String, $b: String, $c: String) {
                field(b: $b)
              }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));

    [Fact]
    public void AVariableUnusedByEveryReachedFragmentIsReported() => ExpectErrors("""

              query Foo($a: String, $b: String, $c: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a) {
                  ...FragB
                }
              }
              fragment FragB on Type {
                field(b: $b) {
                  ...FragC
                }
              }
              fragment FragC on Type {
                field
              }
        """,
        Error("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)));

    [Fact]
    public void AVariableUsedOnlyByAnotherOperationsFragmentIsReported() => ExpectErrors("""

              query Foo($b: String) {
                ...FragA
              }
              query Bar($a: String) {
                ...FragB
              }
              fragment FragA on Type {
                field(a: $a)
              }
              fragment FragB on Type {
                field(b: $b)
              }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (5, 17)));
}

public class VariablesInAllowedPositionTests() : RuleTests(new VariablesInAllowedPositionRule())
{
    [Theory]
    [InlineData("query Query($booleanArg: Boolean) { complicatedArgs { booleanArgField(booleanArg: $booleanArg) } }")]
    [InlineData("fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $booleanArg) } query Query($booleanArg: Boolean) { complicatedArgs { ...booleanArgFrag } }")]
    [InlineData("query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } }")]
    [InlineData("fragment booleanArgFrag on ComplicatedArgs { booleanArgField(booleanArg: $nonNullBooleanArg) } query Query($nonNullBooleanArg: Boolean!) { complicatedArgs { ...booleanArgFrag } }")]
    [InlineData("query Query($stringListVar: [String]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }")]
    [InlineData("query Query($stringListVar: [String!]) { complicatedArgs { stringListArgField(stringListArg: $stringListVar) } }")]
    [InlineData("query Query($stringVar: String) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }")]
    [InlineData("query Query($stringVar: String!) { complicatedArgs { stringListArgField(stringListArg: [$stringVar]) } }")]
    [InlineData("query Query($complexVar: ComplexInput) { complicatedArgs { complexArgField(complexArg: $complexVar) } }")]
    [InlineData("query Query($boolVar: Boolean = false) { complicatedArgs { complexArgField(complexArg: {requiredField: $boolVar}) } }")]
    [InlineData("query Query($boolVar: Boolean!) { dog @include(if: $boolVar) }")]
    [InlineData("query Query($boolVar: Boolean = false) { dog @include(if: $boolVar) }")]
    [InlineData("query Query($intVar: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intVar) } }")]
    [InlineData("query Query($intVar: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $intVar) } }")]
    [InlineData("query Query($unknown: Unknown) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $unknown) } }")]
    public void VariablesWhoseTypesFitTheirPositionsAreFine(string query) => ExpectValid(query);

    [Fact]
    public void ANullableVariableForANonNullArgumentIsReported() => ExpectErrors("""

              query Query($intArg: Int) {
                complicatedArgs {
                  nonNullIntArgField(nonNullIntArg: $intArg)
                }
              }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (4, 45)));

    [Fact]
    public void ANullableVariableUsedInAFragmentIsReported() => ExpectErrors("""

              fragment nonNullIntArgFieldFrag on ComplicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }

              query Query($intArg: Int) {
                complicatedArgs {
                  ...nonNullIntArgFieldFrag
                }
              }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (6, 19), (3, 43)));

    [Fact]
    public void AStringForABooleanIsReported() => ExpectErrors("""

              query Query($stringVar: String) {
                complicatedArgs {
                  booleanArgField(booleanArg: $stringVar)
                }
              }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (2, 19), (4, 39)));

    [Fact]
    public void AStringForAListIsReported() => ExpectErrors("""

              query Query($stringVar: String) {
                complicatedArgs {
                  stringListArgField(stringListArg: $stringVar)
                }
              }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (2, 19), (4, 45)));

    [Fact]
    public void ANullableBooleanInADirectiveIsReported() => ExpectErrors("""

              query Query($boolVar: Boolean) {
                dog @include(if: $boolVar)
              }
        """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    [Fact]
    public void AStringInADirectiveIsReported() => ExpectErrors("""

              query Query($stringVar: String) {
                dog @include(if: $stringVar)
              }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (2, 19), (3, 26)));

    [Fact]
    public void AListOfNullableItemsForNonNullItemsIsReported() => ExpectErrors("""

              query Query($stringListVar: [String])
              {
                complicatedArgs {
                  stringListNonNullArgField(stringListNonNullArg: $stringListVar)
                }
              }
        """,
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (2, 19), (5, 59)));

    [Fact]
    public void ANullDefaultDoesNotMakeANullableVariableFitANonNullPosition() => ExpectErrors("""

              query Query($intVar: Int = null) {
                complicatedArgs {
                  nonNullIntArgField(nonNullIntArg: $intVar)
                }
              }
        """,
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (2, 19), (4, 45)));

    [Fact]
    public void ANullableVariableForARequiredInputFieldWithoutDefaultIsReported() => ExpectErrors("""

              query Query($boolVar: Boolean) {
                complicatedArgs {
                  complexArgField(complexArg: { requiredField: $boolVar })
                }
              }
        """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (2, 19), (4, 56)));

    [Fact]
    public void ANullableVariableForAOneOfFieldIsReported() => ExpectErrors("""

              query ($string: String) {
                complicatedArgs {
                  oneOfArgField(oneOfArg: { stringField: $string })
                }
              }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".",
            (2, 14), (4, 50)));

    [Fact]
    public void ANonNullVariableForAOneOfFieldIsFine() =>
        ExpectValid("query ($string: String!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $string }) } }");

    [Fact]
    public void AOneOfObjectInANonNullPositionChecksItsVariablesToo() => ValidationHarness.Validate([new VariablesInAllowedPositionRule()],
        "query ($id: ID) { learner(key: { id: $id }) { id } }", TestSchema.Build(new TestData())).ShouldBe(
    [
        Error("Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"LearnerKey\".", (1, 8), (1, 38)),
    ]);
}
