using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js's validation test harness: its testSchema (plus the subscription root and directives its
/// rule tests define separately), and errors rendered as "message @ line:column ..." for readable diffs.
/// Queries keep graphql-js's layout (a blank first line, six spaces of indentation) so locations port unchanged.
/// </summary>
public static class ValidationHarness
{
    public static Schema TestSchema { get; } = SdlSchema.Build("""
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }

        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }

        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @directive on FIELD | FRAGMENT_DEFINITION
        directive @directiveA on FIELD | FRAGMENT_DEFINITION
        directive @directiveB on FIELD | FRAGMENT_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
        directive @requiredArg(arg: String!, opt: Int = 1) on FIELD
        """);

    public static IReadOnlyList<string> Validate(IReadOnlyList<IValidationRule> rules, string query, Schema? schema = null) =>
        [.. DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), rules).Select(Format)];

    public static string Format(GraphQLError error) =>
        Error(error.Message, [.. (error.Locations ?? []).Select(l => (l.Line, l.Column))]);

    public static string Error(string message, params (int Line, int Column)[] locations) =>
        $"{message} @ {string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"))}";
}

/// <summary>Base of one rule's tests: graphql-js's expectValid / expectErrors.</summary>
public abstract class RuleTests(IValidationRule rule, Schema? schema = null)
{
    protected void ExpectValid(string query) => ValidationHarness.Validate([rule], query, schema).ShouldBeEmpty();

    protected void ExpectErrors(string query, params string[] expected) => ValidationHarness.Validate([rule], query, schema).ShouldBe(expected);

    protected static string Error(string message, params (int Line, int Column)[] locations) => ValidationHarness.Error(message, locations);
}
