using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class ScalarLeafsTests() : RuleTests(new ScalarLeafsRule())
{
    [Theory]
    [InlineData("fragment scalarSelection on Dog { barks }")]
    [InlineData("fragment scalarSelectionWithArgs on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("{ dog { name } }")]
    public void LeavesWithoutAndObjectsWithSelectionsAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AnObjectFieldWithoutSelectionIsReported() => ExpectErrors("""

              query directQueryOnObjectWithoutSubFields {
                human
              }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (3, 9)));

    [Fact]
    public void AListOfInterfacesWithoutSelectionIsReported() => ExpectErrors("""

              {
                human { pets }
              }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 17)));

    [Fact]
    public void ASelectionOnABooleanIsReported() => ExpectErrors("""

              fragment scalarSelectionsNotAllowedOnBoolean on Dog {
                barks { sinceWhen }
              }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 15)));

    [Fact]
    public void ASelectionOnAnEnumIsReported() => ExpectErrors("""

              fragment scalarSelectionsNotAllowedOnEnum on Cat {
                furColor { inHexDec }
              }
        """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (3, 18)));

    [Fact]
    public void ASelectionOnALeafWithArgumentsIsReported() => ExpectErrors("""

              fragment scalarSelectionsNotAllowedWithArgs on Dog {
                doesKnowCommand(dogCommand: SIT) { sinceWhen }
              }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 42)));

    [Fact]
    public void ASelectionOnALeafWithDirectivesIsReported() => ExpectErrors("""

              fragment scalarSelectionsNotAllowedWithDirectives on Dog {
                name @include(if: true) { isAlsoHumanName }
              }
        """,
        Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (3, 33)));

    [Fact]
    public void ASelectionOnALeafWithDirectivesAndArgumentsIsReported() => ExpectErrors("""

              fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
                doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
              }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 61)));
}

public class FieldsOnCorrectTypeTests() : RuleTests(new FieldsOnCorrectTypeRule())
{
    [Theory]
    [InlineData("fragment objectFieldSelection on Dog { __typename name }")]
    [InlineData("fragment aliasedObjectFieldSelection on Dog { tn : __typename otherName : name }")]
    [InlineData("fragment interfaceFieldSelection on Pet { __typename name }")]
    [InlineData("fragment interfaceFieldSelection on Pet { otherName : name }")]
    [InlineData("fragment lyingAliasSelection on Dog { name : nickname }")]
    [InlineData("fragment unknownSelection on UnknownType { unknownField }")]
    [InlineData("fragment directFieldSelectionOnUnion on CatOrDog { __typename }")]
    [InlineData("fragment objectFieldSelection on Pet { ... on Dog { name } ... { name } }")]
    public void FieldsThatExistAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AMissingFieldSuggestsSimilarNames() => ExpectErrors("""

              fragment fieldNotDefined on Dog {
                meowVolume
              }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)));

    [Fact]
    public void FieldsBelowAnUnknownFieldAreIgnored() => ExpectErrors("""

              fragment deepFieldNotDefined on Dog {
                unknown_field {
                  deeper_unknown_field
                }
              }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Dog\".", (3, 9)));

    [Fact]
    public void AMissingSubfieldIsReported() => ExpectErrors("""

              fragment subFieldNotDefined on Human {
                pets {
                  unknown_field
                }
              }
        """,
        Error("Cannot query field \"unknown_field\" on type \"Pet\".", (4, 11)));

    [Fact]
    public void AMissingFieldInAnInlineFragmentIsReported() => ExpectErrors("""

              fragment fieldNotDefined on Pet {
                ... on Dog {
                  meowVolume
                }
              }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 11)));

    [Fact]
    public void AnAliasedMissingFieldIsReported() => ExpectErrors("""

              fragment aliasedFieldTargetNotDefined on Dog {
                volume : mooVolume
              }
              fragment aliasedLyingFieldTargetNotDefined on Dog {
                barkVolume : kawVolume
              }
        """,
        Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)),
        Error("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (6, 9)));

    [Fact]
    public void AFieldMissingOnAnInterfaceIsReported() => ExpectErrors("""

              fragment notDefinedOnInterface on Pet {
                tailLength
              }
        """,
        Error("Cannot query field \"tailLength\" on type \"Pet\".", (3, 9)));

    [Fact]
    public void AFieldOnlyOnImplementationsSuggestsInlineFragments() => ExpectErrors("""

              fragment definedOnImplementorsButNotInterface on Pet {
                nickname
              }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 9)));

    [Fact]
    public void AFieldDirectlyOnAUnionIsReported() => ExpectErrors("""

              fragment directFieldSelectionOnUnion on CatOrDog {
                directField
              }
        """,
        Error("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 9)));

    [Fact]
    public void AFieldOfAUnionsMembersSuggestsInterfacesFirst() => ExpectErrors("""

              fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
                name
              }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (3, 9)));
}
