using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class KnownArgumentNamesTests() : RuleTests(new KnownArgumentNamesRule())
{
    [Theory]
    [InlineData("fragment argOnRequiredArg on Dog { doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment multipleArgs on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) }")]
    [InlineData("fragment multipleArgsReverseOrder on ComplicatedArgs { multipleReqs(req2: 2, req1: 1) }")]
    [InlineData("fragment noArgOnOptionalArg on Dog { isHouseTrained }")]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) } human { pets { ... on Dog { doesKnowCommand(dogCommand: SIT) } } } }")]
    [InlineData("{ dog @skip(if: true) }")]
    [InlineData("{ dog @onField }")]
    [InlineData("{ dog @unknown(arg: 1) }")]
    public void KnownArgumentsAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AFieldsArgumentOnADirectiveIsReported() => ExpectErrors("""

              {
                dog @skip(unless: true)
              }
        """,
        Error("Unknown argument \"unless\" on directive \"@skip\".", (3, 19)));

    [Fact]
    public void AnArgumentOnADirectiveWithoutArgumentsIsReported() => ExpectErrors("""

              {
                dog @onField(if: true)
              }
        """,
        Error("Unknown argument \"if\" on directive \"@onField\".", (3, 22)));

    [Fact]
    public void AMisspelledDirectiveArgumentGetsASuggestion() => ExpectErrors("""

              {
                dog @skip(iff: true)
              }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 19)));

    [Fact]
    public void AnUnknownFieldArgumentIsReported() => ExpectErrors("""

              fragment invalidArgName on Dog {
                doesKnowCommand(unknown: true)
              }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 25)));

    [Fact]
    public void AMisspelledFieldArgumentGetsASuggestion() => ExpectErrors("""

              fragment invalidArgName on Dog {
                doesKnowCommand(DogCommand: true)
              }
        """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 25)));

    [Fact]
    public void UnknownArgumentsAmongKnownOnesAreReported() => ExpectErrors("""

              fragment oneGoodArgOneInvalidArg on Dog {
                doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
              }
        """,
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (3, 25)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 55)));

    [Fact]
    public void UnknownArgumentsDeepInTheDocumentAreReported() => ExpectErrors("""

              {
                dog {
                  doesKnowCommand(unknown: true)
                }
                human {
                  pets {
                    ... on Dog {
                      doesKnowCommand(unknown: true)
                    }
                  }
                }
              }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (4, 27)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 31)));
    [Fact]
    public void ArgumentsOfDirectivesDefinedInTheDocumentAreChecked() => ExpectErrors("""

              type Query {
                foo: String @test(arg: "", ag: 1)
              }

              directive @test(arg: String, other: Int) on FIELD_DEFINITION
        """,
        Error("Unknown argument \"ag\" on directive \"@test\". Did you mean \"arg\"?", (3, 36)));
}

public class UniqueArgumentNamesTests() : RuleTests(new UniqueArgumentNamesRule())
{
    [Theory]
    [InlineData("{ field }")]
    [InlineData("{ field @directive }")]
    [InlineData("{ field(arg: \"value\") }")]
    [InlineData("{ one: field(arg: \"value\") two: field(arg: \"value\") }")]
    [InlineData("{ field(arg: \"value\") @directive(arg: \"value\") }")]
    [InlineData("{ field @directive1(arg: \"value\") @directive2(arg: \"value\") }")]
    [InlineData("{ field(arg1: \"value\", arg2: \"value\", arg3: \"value\") }")]
    public void ArgumentsGivenOnceAreFine(string query) => ExpectValid(query);

    [Fact]
    public void ADuplicateFieldArgumentIsReported() => ExpectErrors("""

              {
                field(arg1: "value", arg1: "value")
              }
        """,
        Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30)));

    [Fact]
    public void ManyDuplicatesAreOneErrorWithEveryLocation() => ExpectErrors("""

              {
                field(arg1: "value", arg1: "value", arg1: "value")
              }
        """,
        Error("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)));

    [Fact]
    public void ADuplicateDirectiveArgumentIsReported() => ExpectErrors("""

              {
                field @directive(arg1: "value", arg1: "value", arg1: "value")
              }
        """,
        Error("There can be only one argument named \"arg1\".", (3, 26), (3, 41), (3, 56)));
}

public class ProvidedRequiredArgumentsTests() : RuleTests(new ProvidedRequiredArgumentsRule())
{
    [Theory]
    [InlineData("{ dog { isHouseTrained(unknownArgument: true) } }")]
    [InlineData("{ dog { isHouseTrained(atOtherHomes: true) } }")]
    [InlineData("{ dog { isHouseTrained } }")]
    [InlineData("{ complicatedArgs { nonNullFieldWithDefault } }")]
    [InlineData("{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }")]
    [InlineData("{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }")]
    [InlineData("{ complicatedArgs { multipleOpts } }")]
    [InlineData("{ complicatedArgs { multipleOpts(opt2: 1) } }")]
    [InlineData("{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5) } }")]
    [InlineData("{ dog @unknown }")]
    [InlineData("{ dog @include(if: true) { name } human @skip(if: false) { name } }")]
    [InlineData("{ dog @requiredArg(arg: \"a\") }")]
    public void RequiredArgumentsGivenOrDefaultedAreFine(string query) => ExpectValid(query);

    [Fact]
    public void AMissingRequiredArgumentIsReported() => ExpectErrors("""

              {
                complicatedArgs {
                  multipleReqs(req2: 2)
                }
              }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 11)));

    [Fact]
    public void EachMissingRequiredArgumentIsReported() => ExpectErrors("""

              {
                complicatedArgs {
                  multipleReqs
                }
              }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 11)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 11)));

    [Fact]
    public void AnIncorrectValueStillCountsAsProvided() => ExpectErrors("""

              {
                complicatedArgs {
                  multipleReqs(req1: "one")
                }
              }
        """,
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 11)));

    [Fact]
    public void DirectivesMissingRequiredArgumentsAreReported() => ExpectErrors("""

              {
                dog @include {
                  name @skip
                }
              }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 13)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (4, 16)));

    [Fact]
    public void DirectivesDefinedInTheDocumentHaveTheirRequirementsChecked() => ExpectErrors("""

              type Query {
                foo: String @test
              }

              directive @test(arg1: String, arg2: String! = "", arg3: String!) on FIELD_DEFINITION
        """,
        Error("Directive \"@test\" argument \"arg3\" of type \"String!\" is required, but it was not provided.", (3, 21)));
}

public class UniqueInputFieldNamesTests() : RuleTests(new UniqueInputFieldNamesRule())
{
    [Theory]
    [InlineData("{ field(arg: { f: true }) }")]
    [InlineData("{ field(arg1: { f: true }, arg2: { f: true }) }")]
    [InlineData("{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }")]
    [InlineData("{ field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 }) }")]
    public void InputFieldsGivenOncePerObjectAreFine(string query) => ExpectValid(query);

    [Fact]
    public void ADuplicateInputFieldIsReported() => ExpectErrors("""

              {
                field(arg: { f1: "value", f1: "value" })
              }
        """,
        Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)));

    [Fact]
    public void EachRepetitionIsReportedAgainstTheFirstField() => ExpectErrors("""

              {
                field(arg: { f1: "value", f1: "value", f1: "value" })
              }
        """,
        Error("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
        Error("There can be only one input field named \"f1\".", (3, 22), (3, 48)));

    [Fact]
    public void ANestedDuplicateIsReported() => ExpectErrors("""

              {
                field(arg: { f1: {f2: "value", f2: "value" }})
              }
        """,
        Error("There can be only one input field named \"f2\".", (3, 27), (3, 40)));
}
