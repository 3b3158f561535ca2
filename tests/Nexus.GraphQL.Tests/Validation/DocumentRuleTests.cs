using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class ExecutableDefinitionsTests() : RuleTests(new ExecutableDefinitionsRule())
{
    [Fact]
    public void OperationsAndFragmentsAreExecutable() => ExpectValid("""

              query Foo {
                dog {
                  name
                  ...Frag
                }
              }

              fragment Frag on Dog {
                name
              }
        """);

    [Fact]
    public void TypeDefinitionsAndExtensionsAreNotExecutable() => ExpectErrors("""

              query Foo {
                dog {
                  name
                }
              }

              type Cow {
                name: String
              }

              extend type Dog {
                color: String
              }
        """,
        Error("The \"Cow\" definition is not executable.", (8, 7)),
        Error("The \"Dog\" definition is not executable.", (12, 7)));

    [Fact]
    public void DirectiveDefinitionsAreNotExecutable() => ExpectErrors("""

              directive @onSomething on FIELD
              { dog { name } }
        """,
        Error("The \"onSomething\" definition is not executable.", (2, 7)));

    [Fact]
    public void SchemaDefinitionsAndExtensionsAreNotExecutable() => ExpectErrors("""

              schema {
                query: Query
              }

              type Query {
                test: String
              }

              extend schema @directive
        """,
        Error("The schema definition is not executable.", (2, 7)),
        Error("The \"Query\" definition is not executable.", (6, 7)),
        Error("The schema definition is not executable.", (10, 7)));
}

public class UniqueOperationNamesTests() : RuleTests(new UniqueOperationNamesRule())
{
    [Fact]
    public void NoOperationsIsFine() => ExpectValid("fragment fragA on Type { field }");

    [Fact]
    public void OneAnonymousOperationIsFine() => ExpectValid("{ field }");

    [Fact]
    public void DifferentlyNamedOperationsOfEachKindAreFine() => ExpectValid("""

              query Foo { field }
              mutation Bar { field }
              subscription Baz { field }
        """);

    [Fact]
    public void AFragmentMayShareAnOperationsName() => ExpectValid("query Foo { ...Foo } fragment Foo on Type { field }");

    [Fact]
    public void OperationsOfTheSameNameAreReported() => ExpectErrors("""

              query Foo {
                fieldA
              }
              query Foo {
                fieldB
              }
        """,
        Error("There can be only one operation named \"Foo\".", (2, 13), (5, 13)));

    [Fact]
    public void OperationsOfDifferentKindsStillShareOneNamespace() => ExpectErrors("""

              query Foo {
                fieldA
              }
              mutation Foo {
                fieldB
              }
              subscription Foo {
                fieldC
              }
        """,
        Error("There can be only one operation named \"Foo\".", (2, 13), (5, 16)),
        Error("There can be only one operation named \"Foo\".", (2, 13), (8, 20)));
}

public class LoneAnonymousOperationTests() : RuleTests(new LoneAnonymousOperationRule())
{
    [Fact]
    public void AnAnonymousOperationWithFragmentsIsFine() => ExpectValid("{ ...Foo } fragment Foo on Type { field }");

    [Fact]
    public void SeveralNamedOperationsAreFine() => ExpectValid("query Foo { field } query Bar { field }");

    [Fact]
    public void SeveralAnonymousOperationsAreEachReported() => ExpectErrors("""

              {
                fieldA
              }
              {
                fieldB
              }
        """,
        Error("This anonymous operation must be the only defined operation.", (2, 7)),
        Error("This anonymous operation must be the only defined operation.", (5, 7)));

    [Fact]
    public void AnAnonymousOperationBesideAMutationIsReported() => ExpectErrors("""

              {
                fieldA
              }
              mutation Foo {
                fieldB
              }
        """,
        Error("This anonymous operation must be the only defined operation.", (2, 7)));

    [Fact]
    public void AnAnonymousOperationBesideASubscriptionIsReported() => ExpectErrors("""

              {
                fieldA
              }
              subscription Foo {
                fieldB
              }
        """,
        Error("This anonymous operation must be the only defined operation.", (2, 7)));
}
