using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class KnownDirectivesTests() : RuleTests(new KnownDirectivesRule())
{
    [Fact]
    public void DocumentsWithoutDirectivesAreFine() => ExpectValid("query Foo { name ...Frag } fragment Frag on Dog { name }");

    [Fact]
    public void StandardDirectivesAreKnown() =>
        ExpectValid("{ human @skip(if: false) { name pets { ... on Dog @include(if: true) { name } } } }");

    [Fact]
    public void AnUnknownDirectiveIsReported() => ExpectErrors("""

              {
                human @unknown(directive: "value") {
                  name
                }
              }
        """,
        Error("Unknown directive \"@unknown\".", (3, 15)));

    [Fact]
    public void EveryUnknownDirectiveIsReported() => ExpectErrors("""

              {
                __typename @unknown
                human @unknown {
                  name
                  pets @unknown {
                    name
                  }
                }
              }
        """,
        Error("Unknown directive \"@unknown\".", (3, 20)),
        Error("Unknown directive \"@unknown\".", (4, 15)),
        Error("Unknown directive \"@unknown\".", (6, 16)));

    [Fact]
    public void DirectivesInTheirLocationsAreFine() => ExpectValid("""

              query ($var: Boolean @onVariableDefinition) @onQuery {
                human @onField {
                  ...Frag @onFragmentSpread
                  ... @onInlineFragment {
                    name @onField
                  }
                }
              }

              mutation @onMutation {
                someField @onField
              }

              subscription @onSubscription {
                someField @onField
              }

              fragment Frag on Human @onFragmentDefinition {
                name @onField
              }
        """);

    [Fact]
    public void MisplacedDirectivesAreReportedWithTheLocationUsed() => ExpectErrors("""

              query ($var: Boolean @onQuery) @onMutation {
                human @onQuery {
                  ...Frag @onQuery
                  ... @onQuery {
                    name @onQuery
                  }
                }
              }

              mutation @onQuery {
                someField @onQuery
              }

              subscription @onQuery {
                someField @onQuery
              }

              fragment Frag on Human @onQuery {
                name @onQuery
              }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (2, 28)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (2, 38)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (3, 15)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (4, 19)),
        Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (5, 15)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (6, 18)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (11, 16)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (12, 19)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (15, 20)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (16, 19)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (19, 30)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (20, 14)));

    [Fact]
    public void DirectivesDefinedInTheDocumentAreCheckedOnTypeSystemLocations() => ExpectErrors("""

              directive @onObject on OBJECT
              directive @onArg on ARGUMENT_DEFINITION

              type MyObj @onObject {
                myField(myArg: Int @onArg): String @onObject
              }

              input MyInput @onObject {
                myField: Int @onArg
              }
        """,
        Error("Directive \"@onObject\" may not be used on FIELD_DEFINITION.", (6, 44)),
        Error("Directive \"@onObject\" may not be used on INPUT_OBJECT.", (9, 21)),
        Error("Directive \"@onArg\" may not be used on INPUT_FIELD_DEFINITION.", (10, 22)));
}

public class UniqueDirectivesPerLocationTests() : RuleTests(new UniqueDirectivesPerLocationRule())
{
    [Theory]
    [InlineData("fragment Test on Type { field }")]
    [InlineData("fragment Test on Type @directiveA { field @directiveB }")]
    [InlineData("fragment Test on Type @directiveA @directiveB { field @directiveA @directiveB }")]
    [InlineData("fragment Test on Type @directiveA { field @directiveA }")]
    [InlineData("fragment Test on Type { field @directive field @directive }")]
    [InlineData("fragment Test on Type @repeatable @repeatable { field @repeatable @repeatable }")]
    [InlineData("type Test @unknown @unknown { field: String! @unknown @unknown } extend type Test @unknown { anotherField: String! }")]
    public void DirectivesUsedOncePerLocationOrRepeatableAreFine(string query) => ExpectValid(query);

    [Fact]
    public void ADuplicateDirectiveIsReported() => ExpectErrors("""

              fragment Test on Type {
                field @directive @directive
              }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    [Fact]
    public void EachRepetitionIsReportedAgainstTheFirstUse() => ExpectErrors("""

              fragment Test on Type {
                field @directive @directive @directive
              }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)));

    [Fact]
    public void DifferentDuplicateDirectivesAreReportedSeparately() => ExpectErrors("""

              fragment Test on Type {
                field @directiveA @directiveB @directiveA @directiveB
              }
        """,
        Error("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
        Error("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)));

    [Fact]
    public void DuplicatesInSeveralLocationsAreEachReported() => ExpectErrors("""

              fragment Test on Type @directive @directive {
                field @directive @directive
              }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
        Error("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)));

    [Fact]
    public void DuplicatesOnTypeSystemDefinitionsAreReported() => ExpectErrors("""

              directive @nonRepeatable on SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

              schema @nonRepeatable @nonRepeatable { query: Dummy }

              scalar TestScalar @nonRepeatable @nonRepeatable
              type TestObject @nonRepeatable @nonRepeatable
              interface TestInterface @nonRepeatable @nonRepeatable
              union TestUnion @nonRepeatable @nonRepeatable
              input TestInput @nonRepeatable @nonRepeatable
        """,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 14), (4, 29)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 25), (6, 40)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 23), (7, 38)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 31), (8, 46)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 23), (9, 38)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 23), (10, 38)));

    [Fact]
    public void ExtensionsShareTheLocationOfWhatTheyExtend() => ExpectErrors("""

              directive @nonRepeatable on SCHEMA | SCALAR

              scalar TestScalar @nonRepeatable
              extend scalar TestScalar @nonRepeatable
              scalar TestScalar @nonRepeatable
              schema @nonRepeatable { query: Dummy }
              extend schema @nonRepeatable
        """,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 25), (5, 32)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 25), (6, 25)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 14), (8, 21)));
}
