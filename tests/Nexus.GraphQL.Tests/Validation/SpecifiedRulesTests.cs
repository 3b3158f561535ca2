using System.Diagnostics;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Tests.Validation;

/// <summary>All rules together, as DocumentValidator runs them by default: valid documents stay valid, and nothing blows up.</summary>
public class SpecifiedRulesTests
{
    private static IReadOnlyList<string> Validate(string query) => ValidationHarness.Validate(SpecifiedRules.All, query);

    [Fact]
    public void TheRulesAreGraphqlJsSpecifiedRulesInTheirOrder() => SpecifiedRules.All.Select(r => r.GetType().Name).ShouldBe(
    [
        "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
        "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule", "FieldsOnCorrectTypeRule",
        "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule", "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule",
        "UniqueVariableNamesRule", "NoUndefinedVariablesRule", "NoUnusedVariablesRule", "KnownDirectivesRule",
        "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule", "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule",
        "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule", "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
    ]);

    [Fact]
    public void AKitchenSinkOfValidFeaturesHasNoErrors() => Validate("""
        query KitchenSink($id: ID = 4, $command: DogCommand! = SIT, $withName: Boolean = true, $input: ComplexInput,
                          $oneOf: String! @onVariableDefinition) @onQuery {
          human(id: $id) {
            __typename
            alias: name(surname: true)
            pets {
              ...PetFields
              ... on Dog @onInlineFragment {
                doesKnowCommand(dogCommand: $command)
                isHouseTrained
                mother { ...Parents }
              }
            }
            relatives { name @include(if: $withName) @onField }
          }
          catOrDog {
            ... on Cat { name furColor }
            ... on Dog { name: name(surname: false) @skip(if: false) }
            ... { __typename }
          }
          complicatedArgs {
            complexArgField(complexArg: $input)
            literal: complexArgField(complexArg: { requiredField: true, stringListField: ["a", null], intField: -1 })
            oneOfArgField(oneOfArg: { stringField: $oneOf })
            multipleOptAndReq(req1: 1, req2: 2, opt2: 3)
            stringListArgField(stringListArg: "coerced into a list")
            floatArgField(floatArg: 1)
            enumArgField(enumArg: NO_FUR)
            nonNullFieldWithDefault
          }
          dog { ...Parents @onFragmentSpread name @repeatable @repeatable }
        }

        fragment PetFields on Pet @onFragmentDefinition {
          name
          ... on Canine { mother { __typename } }
        }

        fragment Parents on Mammal {
          mother { ... on Dog { barks } }
          father { __typename }
        }

        subscription Emails @onSubscription {
          importantEmails
        }
        """).ShouldBeEmpty();

    [Fact]
    public void TheFullIntrospectionQueryIsValid() => Validate(Fixture.Read("introspection-query.graphql")).ShouldBeEmpty();

    [Fact]
    public void TheNexusTestSchemaAcceptsItsOwnQueries() =>
        Nexus.GraphQL.Validation.DocumentValidator.Validate(TestSchema.Build(new TestData()), Nexus.GraphQL.Language.Parser.Parse("""
            query Q($id: ID!, $key: LearnerKey!, $text: String = "a") {
              node(id: $id) { id ... on Named { name(upper: true) } }
              learner(key: $key) { hubs(first: 2) { title owner { role } } }
              byEmail: learner(key: { email: "ada@example.com" }) { joined }
              search(text: $text, filter: { tags: ["api"], minLength: 1 }) { ... on Hub { tags } ... on Learner { nickname } }
              roles
            }
            """)).ShouldBeEmpty();

    [Fact]
    public void ErrorsComeOutInDocumentOrderThenRuleOrderLikeGraphqlJs() => Validate("""

              query Foo($unused: Int) {
                dog { unknownField barks { x } }
                dog { name: nickname }
              }
              query Foo { cat { ...Missing } }
        """).ShouldBe(
    [
        ValidationHarness.Error("Cannot query field \"unknownField\" on type \"Dog\".", (3, 15)),
        ValidationHarness.Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 34)),
        ValidationHarness.Error("Variable \"$unused\" is never used in operation \"Foo\".", (2, 17)),
        ValidationHarness.Error("There can be only one operation named \"Foo\".", (2, 13), (6, 13)),
        ValidationHarness.Error("Unknown fragment \"Missing\".", (6, 28)),
    ]);

    [Fact]
    public void ThousandsOfRepeatedFieldsValidateQuickly()
    {
        var leaves = string.Join(" ", Enumerable.Repeat("name", 3000));
        var objects = string.Join(" ", Enumerable.Repeat("mother { name barks }", 1000));
        var query = $"{{ dog {{ {leaves} {objects} }} }}";

        var elapsed = Time(() => Validate(query).ShouldBeEmpty());

        elapsed.ShouldBeLessThan(ExponentialGuard);
    }

    [Fact]
    public void WideAndDeepFragmentOverlapsValidateQuickly()
    {
        // Each fragment spreads the previous two: without caching compared fragment pairs this is exponential.
        const int count = 200;
        var fragments = Enumerable.Range(0, count).Select(i => i < 2
            ? $"fragment F{i} on Dog {{ name barks mother {{ name }} }}"
            : $"fragment F{i} on Dog {{ name ...F{i - 1} ...F{i - 2} mother {{ name ...F{i - 1} }} }}");
        var spreads = string.Join(" ", Enumerable.Range(0, count).Select(i => $"...F{i}"));
        var query = $"{{ dog {{ {spreads} }} }} {string.Join("\n", fragments)}";

        var elapsed = Time(() => Validate(query).ShouldBeEmpty());

        elapsed.ShouldBeLessThan(ExponentialGuard);
    }

    [Fact]
    public void DeeplyNestedConflictsAreFoundQuickly()
    {
        static string Nest(string inner) => string.Concat(Enumerable.Repeat("mother { ", 40)) + inner + string.Concat(Enumerable.Repeat(" }", 40));
        var query = $"{{ dog {{ {Nest("x: name")} {Nest("x: nickname")} }} }}";

        IReadOnlyList<string> errors = [];
        var elapsed = Time(() => errors = Validate(query));

        errors.ShouldHaveSingleItem().ShouldStartWith("Fields \"mother\" conflict because subfields \"mother\" conflict");
        elapsed.ShouldBeLessThan(ExponentialGuard);
    }

    // Not a speed target (those live in bench/): an exponential walk of these documents takes hours, a polynomial one
    // well under a second, so the bound only has to separate the two on a loaded 2-core CI machine.
    private static readonly TimeSpan ExponentialGuard = TimeSpan.FromSeconds(30);

    private static TimeSpan Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }
}
