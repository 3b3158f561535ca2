using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class UniqueFragmentNamesTests() : RuleTests(new UniqueFragmentNamesRule())
{
    [Fact]
    public void DifferentlyNamedFragmentsAreFine() => ExpectValid("""

              {
                ...fragA
                ...fragB
                ... on Type { fieldC }
                ... on Type { fieldD }
              }
              fragment fragA on Type { fieldA }
              fragment fragB on Type { fieldB }
        """);

    [Fact]
    public void FragmentsOfTheSameNameAreReported() => ExpectErrors("""

              {
                ...fragA
              }
              fragment fragA on Type {
                fieldA
              }
              fragment fragA on Type {
                fieldB
              }
        """,
        Error("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)));

    [Fact]
    public void UnspreadFragmentsOfTheSameNameAreReported() => ExpectErrors("""

              fragment fragA on Type {
                fieldA
              }
              fragment fragA on Type {
                fieldB
              }
        """,
        Error("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)));
}

public class KnownFragmentNamesTests() : RuleTests(new KnownFragmentNamesRule())
{
    [Fact]
    public void KnownFragmentsAreFine() => ExpectValid("""

              {
                human(id: 4) {
                  ...HumanFields1
                  ... on Human {
                    ...HumanFields2
                  }
                  ... {
                    name
                  }
                }
              }
              fragment HumanFields1 on Human {
                name
                ...HumanFields3
              }
              fragment HumanFields2 on Human {
                name
              }
              fragment HumanFields3 on Human {
                name
              }
        """);

    [Fact]
    public void UnknownFragmentsAreReportedAtTheirNames() => ExpectErrors("""

              {
                human(id: 4) {
                  ...UnknownFragment1
                  ... on Human {
                    ...UnknownFragment2
                  }
                }
              }
              fragment HumanFields on Human {
                name
                ...UnknownFragment3
              }
        """,
        Error("Unknown fragment \"UnknownFragment1\".", (4, 14)),
        Error("Unknown fragment \"UnknownFragment2\".", (6, 16)),
        Error("Unknown fragment \"UnknownFragment3\".", (12, 12)));
}

public class NoUnusedFragmentsTests() : RuleTests(new NoUnusedFragmentsRule())
{
    private const string UsedFragments = """

              query Foo {
                human(id: 4) {
                  ...HumanFields1
                }
              }
              query Bar {
                human(id: 4) {
                  ...HumanFields2
                }
              }
              fragment HumanFields1 on Human {
                name
                ...HumanFields3
              }
              fragment HumanFields2 on Human {
                name
              }
              fragment HumanFields3 on Human {
                name
              }
        """;

    [Fact]
    public void FragmentsUsedByAnyOperationOrThroughOtherFragmentsAreFine() => ExpectValid(UsedFragments);

    [Fact]
    public void UnusedFragmentsAreReported() => ExpectErrors(UsedFragments + "\n" + """
              fragment Unused1 on Human {
                name
              }
              fragment Unused2 on Human {
                name
              }
        """,
        Error("Fragment \"Unused1\" is never used.", (22, 7)),
        Error("Fragment \"Unused2\" is never used.", (25, 7)));

    [Fact]
    public void FragmentsOnlyUsedByEachOtherAreReported() => ExpectErrors(UsedFragments + "\n" + """
              fragment Unused1 on Human {
                name
                ...Unused2
              }
              fragment Unused2 on Human {
                name
                ...Unused1
              }
        """,
        Error("Fragment \"Unused1\" is never used.", (22, 7)),
        Error("Fragment \"Unused2\" is never used.", (26, 7)));

    [Fact]
    public void UnknownSpreadsDoNotHideUnusedFragments() => ExpectErrors("""

              query Foo {
                human(id: 4) {
                  ...bar
                }
              }
              fragment foo on Human {
                name
              }
        """,
        Error("Fragment \"foo\" is never used.", (7, 7)));
}

public class NoFragmentCyclesTests() : RuleTests(new NoFragmentCyclesRule())
{
    [Fact]
    public void SpreadingAnotherFragmentIsFine() => ExpectValid("""

              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { name }
        """);

    [Fact]
    public void SpreadingAFragmentTwiceIsNotACycle() => ExpectValid("""

              fragment fragA on Dog { ...fragB, ...fragB }
              fragment fragB on Dog { name }
        """);

    [Fact]
    public void SpreadingAFragmentTwiceIndirectlyIsNotACycle() => ExpectValid("""

              fragment fragA on Dog { ...fragB, ...fragC }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { name }
        """);

    [Fact]
    public void SpreadingTwiceWithinAbstractTypesIsNotACycle() => ExpectValid("""

              fragment nameFragment on Pet {
                ... on Dog { name }
                ... on Cat { name }
              }

              fragment spreadsInAnon on Pet {
                ... on Dog { ...nameFragment }
                ... on Cat { ...nameFragment }
              }
        """);

    [Fact]
    public void UnknownFragmentsAreNotCycles() => ExpectValid("fragment nameFragment on Pet { ...UnknownFragment }");

    [Fact]
    public void SpreadingItselfWithinAFieldIsReported() => ExpectErrors("""

              fragment fragA on Human { relatives { ...fragA } },
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (2, 45)));

    [Fact]
    public void SpreadingItselfDirectlyIsReported() => ExpectErrors("""

              fragment fragA on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (2, 31)));

    [Fact]
    public void SpreadingItselfWithinAnInlineFragmentIsReported() => ExpectErrors("""

              fragment fragA on Pet {
                ... on Dog {
                  ...fragA
                }
              }
        """,
        Error("Cannot spread fragment \"fragA\" within itself.", (4, 11)));

    [Fact]
    public void IndirectCyclesAreReportedOnceWithThePath() => ExpectErrors("""

              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)));

    [Fact]
    public void IndirectCyclesAreReportedFromTheFirstFragmentInTheDocument() => ExpectErrors("""

              fragment fragB on Dog { ...fragA }
              fragment fragA on Dog { ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)));

    [Fact]
    public void DeepCyclesAreReportedWithEveryStep() => ExpectErrors("""

              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { ...fragO }
              fragment fragX on Dog { ...fragY }
              fragment fragY on Dog { ...fragZ }
              fragment fragZ on Dog { ...fragO }
              fragment fragO on Dog { ...fragP }
              fragment fragP on Dog { ...fragA, ...fragX }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
            (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)),
        Error("Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
            (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)));

    [Fact]
    public void EachPathOfACycleIsReported() => ExpectErrors("""

              fragment fragA on Dog { ...fragB, ...fragC }
              fragment fragB on Dog { ...fragA }
              fragment fragC on Dog { ...fragA }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)));

    [Fact]
    public void CyclesFoundInAnotherTraversalOrderAreReported() => ExpectErrors("""

              fragment fragA on Dog { ...fragC }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
        Error("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)));

    [Fact]
    public void ImmediateAndDeepCyclesAreBothReported() => ExpectErrors("""

              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragB, ...fragC }
              fragment fragC on Dog { ...fragA, ...fragB }
        """,
        Error("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
        Error("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
        Error("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)));
}
