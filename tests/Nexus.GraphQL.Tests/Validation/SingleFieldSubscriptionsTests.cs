using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class SingleFieldSubscriptionsTests() : RuleTests(new SingleFieldSubscriptionsRule())
{
    [Fact]
    public void OneRootFieldIsFine() => ExpectValid("subscription ImportantEmails { importantEmails }");

    [Fact]
    public void OneRootFieldThroughAFragmentIsFine() => ExpectValid("""

              subscription sub {
                ...newMessageFields
              }

              fragment newMessageFields on SubscriptionRoot {
                newMessage {
                  body
                  sender
                }
              }
        """);

    [Fact]
    public void TheSameRootFieldDirectlyAndThroughAFragmentIsFine() => ExpectValid("""

              subscription sub {
                newMessage {
                  body
                }
                ...newMessageFields
              }

              fragment newMessageFields on SubscriptionRoot {
                newMessage {
                  body
                  sender
                }
              }
        """);

    [Fact]
    public void RecursiveFragmentsDoNotLoopForever() => ExpectValid("""

              subscription NoInfiniteLoop {
                ...A
              }
              fragment A on SubscriptionRoot {
                ...A
              }
        """);

    [Fact]
    public void ASecondRootFieldIsReported() => ExpectErrors("""

              subscription ImportantEmails {
                importantEmails
                notImportantEmails
              }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)));

    [Fact]
    public void AnIntrospectionRootFieldIsReportedToo() => ExpectErrors("""

              subscription ImportantEmails {
                importantEmails
                __typename
              }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (4, 9)));

    [Fact]
    public void AnAliasedIntrospectionFieldInAFragmentIsReported() => ExpectErrors("""

              subscription ImportantEmails {
                importantEmails
                ...Introspection
              }
              fragment Introspection on SubscriptionRoot {
                typename: __typename
              }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (7, 9)),
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (7, 9)));

    [Fact]
    public void EveryExtraRootFieldIsLocated() => ExpectErrors("""

              subscription ImportantEmails {
                importantEmails
                notImportantEmails
                spamEmails
              }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)));

    [Fact]
    public void ExtraRootFieldsInFragmentsAreLocated() => ExpectErrors("""

              subscription ImportantEmails {
                importantEmails
                ... {
                  more: moreImportantEmails
                }
                ...NotImportantEmails
              }
              fragment NotImportantEmails on SubscriptionRoot {
                notImportantEmails
                deleted: deletedEmails
                ...SpamEmails
              }
              fragment SpamEmails on SubscriptionRoot {
                spamEmails
              }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)));

    [Fact]
    public void ExtraRootFieldsOfAnAnonymousSubscriptionAreLocatedOnce() => ExpectErrors("""

              subscription {
                importantEmails
                ... {
                  more: moreImportantEmails
                  ...NotImportantEmails
                }
                ...NotImportantEmails
              }
              fragment NotImportantEmails on SubscriptionRoot {
                notImportantEmails
                deleted: deletedEmails
                ... {
                  ... {
                    archivedEmails
                  }
                }
                ...SpamEmails
              }
              fragment SpamEmails on SubscriptionRoot {
                spamEmails
                ...NonExistentFragment
              }
        """,
        Error("Anonymous Subscription must select only one top level field.", (5, 11), (11, 9), (12, 9), (15, 13), (21, 9)));

    [Fact]
    public void AnonymousSubscriptionsAreNamedAsSuch() => ExpectErrors("""

              subscription {
                importantEmails
                notImportantEmails
              }
        """,
        Error("Anonymous Subscription must select only one top level field.", (4, 9)));

    [Fact]
    public void AnIntrospectionFieldAloneIsReported() => ExpectErrors("""

              subscription ImportantEmails {
                __typename
              }
              subscription {
                __typename
              }
        """,
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 9)),
        Error("Anonymous Subscription must not select an introspection top level field.", (6, 9)));

    [Fact]
    public void SkipAndIncludeOnRootFieldsAreReportedInsteadOfCounting() => ExpectErrors("""

              subscription RequiredRuntimeValidation($bool: Boolean!) {
                newMessage @include(if: $bool) {
                  body
                  sender
                }
                disallowedSecondRootField @skip(if: $bool)
              }
        """,
        Error("Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.", (3, 20), (7, 35)));

    [Fact]
    public void SkipAndIncludeInRootFragmentsOfAnAnonymousSubscriptionAreReported() => ExpectErrors("""

              subscription ($bool: Boolean!) {
                ... @skip(if: $bool) {
                  newMessage { body }
                }
                ...Frag @include(if: $bool)
              }
              fragment Frag on SubscriptionRoot {
                newMessage { sender @skip(if: $bool) }
              }
        """,
        Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (3, 13), (6, 17)));

    [Fact]
    public void SchemasWithoutSubscriptionsAreLeftToOtherRules() =>
        ValidationHarness.Validate([new SingleFieldSubscriptionsRule()], "subscription { __typename a b }", SdlSchema.Build("type Query { dummy: String }"))
            .ShouldBeEmpty();
}
