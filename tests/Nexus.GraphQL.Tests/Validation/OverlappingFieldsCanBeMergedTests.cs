using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class OverlappingFieldsCanBeMergedTests() : RuleTests(new OverlappingFieldsCanBeMergedRule())
{
    private const string UseAliases = " Use different aliases on the fields to fetch both if this was intentional.";

    [Theory]
    [InlineData("fragment uniqueFields on Dog { name nickname }")]
    [InlineData("fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment mergeSameFieldsWithSameDirectives on Dog { name @include(if: true) name @include(if: true) }")]
    [InlineData("fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }")]
    [InlineData("fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }")]
    [InlineData("fragment differentDirectivesWithSameAliases on Dog { name @include(if: true) name @include(if: false) }")]
    [InlineData("fragment sameAliasesWithDifferentFieldTargets on Pet { ... on Dog { name } ... on Cat { name: nickname } }")]
    [InlineData("fragment conflictingArgs on Pet { ... on Dog { name(surname: true) } ... on Cat { name } }")]
    [InlineData("{ someField(a: null, b: null) someField(b: null, a: null) }")]
    [InlineData("{ someField(arg: { a: null, b: null }) someField(arg: { b: null, a: null }) }")]
    [InlineData("{ field ...Unknown ...Known } fragment Known on T { field ...OtherUnknown }")]
    [InlineData("{ ...fragA } fragment fragA on Human { name, relatives { name, ...fragA } }")]
    [InlineData("fragment fragA on Human { name, ...fragA }")]
    [InlineData("fragment fragA on Human { name, ...fragB } fragment fragB on Human { name, ...fragC } fragment fragC on Human { name, ...fragA }")]
    [InlineData("{ dog { name } dog { name } ...F } fragment F on QueryRoot { dog { name } }")]
    [InlineData("{ ...fragA ...fragB } fragment fragA on T { x { ...fragA x { ...fragA } } } fragment fragB on T { x { ...fragB x { ...fragB } } }")]
    [InlineData("{ ...A } fragment A on T { x { ...B } } fragment B on T { x { ...A } }")]
    public void FieldsThatCanBeMergedAreFine(string query) => ExpectValid(query);

    [Fact]
    public void TheSameAliasForDifferentFieldsIsReported() => ExpectErrors("""

              fragment sameAliasesWithDifferentFieldTargets on Dog {
                fido: name
                fido: nickname
              }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (3, 9), (4, 9)));

    [Fact]
    public void AnAliasMaskingAFieldIsReported() => ExpectErrors("""

              fragment aliasMaskingDirectFieldAccess on Dog {
                name: nickname
                name
              }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases, (3, 9), (4, 9)));

    [Theory]
    [InlineData("doesKnowCommand", "doesKnowCommand", "doesKnowCommand(dogCommand: HEEL)")]
    [InlineData("doesKnowCommand", "doesKnowCommand(dogCommand: HEEL)", "doesKnowCommand")]
    [InlineData("doesKnowCommand", "doesKnowCommand(dogCommand: SIT)", "doesKnowCommand(dogCommand: HEEL)")]
    [InlineData("isAtLocation", "isAtLocation(x: 0)", "isAtLocation(y: 0)")]
    public void DifferingArgumentsAreReported(string name, string first, string second) => ExpectErrors($$"""

              fragment conflictingArgs on Dog {
                {{first}}
                {{second}}
              }
        """,
        Error($"Fields \"{name}\" conflict because they have differing arguments." + UseAliases, (3, 9), (4, 9)));

    [Fact]
    public void ConflictsBetweenFragmentsAreReported() => ExpectErrors("""

              {
                ...A
                ...B
              }
              fragment A on Type {
                x: a
              }
              fragment B on Type {
                x: b
              }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases, (7, 9), (10, 9)));

    [Fact]
    public void EachConflictIsReportedOnce() => ExpectErrors("""

              {
                f1 {
                  ...A
                  ...B
                }
                f2 {
                  ...B
                  ...A
                }
                f3 {
                  ...A
                  ...B
                  x: c
                }
              }
              fragment A on Type {
                x: a
              }
              fragment B on Type {
                x: b
              }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases, (18, 9), (21, 9)),
        Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields." + UseAliases, (14, 11), (18, 9)),
        Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields." + UseAliases, (14, 11), (21, 9)));

    [Fact]
    public void SubfieldConflictsAreReportedOnTheParents() => ExpectErrors("""

              {
                field {
                  x: a
                },
                field {
                  x: b
                }
              }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases,
            (3, 9), (4, 11), (6, 9), (7, 11)));

    [Fact]
    public void SeveralSubfieldConflictsAreJoined() => ExpectErrors("""

              {
                field {
                  x: a
                  y: c
                },
                field {
                  x: b
                  y: d
                }
              }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields." + UseAliases,
            (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)));

    [Fact]
    public void VeryDeepConflictsNameEveryLevel() => ExpectErrors("""

              {
                field {
                  deepField {
                    x: a
                  }
                },
                field {
                  deepField {
                    x: b
                  }
                }
              }
        """,
        Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases,
            (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)));

    [Fact]
    public void DeepConflictsAreReportedAtTheNearestCommonAncestor() => ExpectErrors("""

              {
                field {
                  deepField {
                    x: a
                  }
                  deepField {
                    x: b
                  }
                },
                field {
                  deepField {
                    y
                  }
                }
              }
        """,
        Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases,
            (4, 11), (5, 13), (7, 11), (8, 13)));

    [Fact]
    public void DeepConflictsInFragmentsAreReportedAtTheNearestCommonAncestor() => ExpectErrors("""

              {
                field {
                  ...F
                }
                field {
                  ...F
                }
              }
              fragment F on T {
                deepField {
                  deeperField {
                    x: a
                  }
                  deeperField {
                    x: b
                  }
                },
                deepField {
                  deeperField {
                    y
                  }
                }
              }
        """,
        Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields." + UseAliases,
            (12, 11), (13, 13), (15, 11), (16, 13)));

    [Fact]
    public void ConflictsInNestedFragmentsAreReported() => ExpectErrors("""

              {
                field {
                  ...F
                }
                field {
                  ...I
                }
              }
              fragment F on T {
                x: a
                ...G
              }
              fragment G on T {
                y: c
              }
              fragment I on T {
                y: d
                ...J
              }
              fragment J on T {
                x: b
              }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields." + UseAliases,
            (3, 9), (11, 9), (15, 9), (6, 9), (22, 9), (18, 9)));

    [Fact]
    public void ConflictsAreFoundEvenInAnImmediatelyRecursiveFragment() => ExpectErrors("""

              fragment sameAliasesWithDifferentFieldTargets on Dog {
                ...sameAliasesWithDifferentFieldTargets
                fido: name
                fido: nickname
              }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (4, 9), (5, 9)));

    [Fact]
    public void AFieldNamedAfterAFragmentStillConflicts() => ExpectErrors("""

              {
                fragA
                ...fragA
              }

              fragment fragA on Type {
                fragA: b
              }
        """,
        Error("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields." + UseAliases, (3, 9), (8, 9)));

    [Fact]
    public void IdenticalCopiesWithInternalConflictsConflictWithEachOther() => ExpectErrors("""

              {
                dog {
                  x: name
                  x: nickname
                }
                dog {
                  x: name
                  x: nickname
                }
              }
        """,
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"x\" conflict because \"nickname\" and \"name\" are different fields." + UseAliases,
            (3, 9), (4, 11), (5, 11), (7, 9), (9, 11), (8, 11)),
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (4, 11), (5, 11)),
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields." + UseAliases, (8, 11), (9, 11)));
}
