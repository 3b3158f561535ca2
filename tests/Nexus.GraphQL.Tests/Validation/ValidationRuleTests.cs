using Nexus.GraphQL.Language;
using Nexus.GraphQL.Validation;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Tests.Validation;

public class ValidationRuleTests
{
    private static readonly Nexus.GraphQL.Types.Schema Schema = TestSchema.Build(new TestData());

    private static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string query) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), [rule]);

    private static (string Message, int Line, int Column)[] Shape(IReadOnlyList<GraphQLError> errors) =>
        [.. errors.Select(e => (e.Message, e.Locations![0].Line, e.Locations[0].Column))];

    [Fact]
    public void ExecutableDefinitionsRejectsTypeSystemDefinitions() =>
        Shape(Validate(new ExecutableDefinitionsRule(), "{ roles }\ntype Extra { a: Int }\nextend schema @x")).ShouldBe(
        [
            ("The \"Extra\" definition is not executable.", 2, 1),
            ("The schema definition is not executable.", 3, 1),
        ]);

    [Fact]
    public void FieldsOnCorrectTypeSuggestsFieldsAndFragments()
    {
        // Messages and locations as graphql-js validate() reports them for the same schema and document.
        Shape(Validate(new FieldsOnCorrectTypeRule(), "{ node(id: \"1\") { id name } rols }")).ShouldBe(
        [
            ("Cannot query field \"name\" on type \"Node\". Did you mean to use an inline fragment on \"Named\" or \"Learner\"?", 1, 22),
            ("Cannot query field \"rols\" on type \"Root\". Did you mean \"roles\"?", 1, 29),
        ]);
        Validate(new FieldsOnCorrectTypeRule(), "{ search(text: \"a\") { id } }").Single().Message.ShouldBe(
            "Cannot query field \"id\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Node\", \"Hub\", \"Named\", or \"Learner\"?");
    }

    [Fact]
    public void FieldsOnCorrectTypeAllowsTypenameOnUnions() =>
        Validate(new FieldsOnCorrectTypeRule(), "{ search(text: \"x\") { __typename ... on Hub { title } } }").ShouldBeEmpty();

    [Fact]
    public void KnownArgumentNamesChecksFieldsAndDirectives() =>
        Shape(Validate(new KnownArgumentNamesRule(), "{ node(id: \"1\", ids: 2) { id @skip(iff: true) } }")).ShouldBe(
        [
            ("Unknown argument \"ids\" on field \"Root.node\". Did you mean \"id\"?", 1, 17),
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", 1, 36),
        ]);

    [Fact]
    public void ScalarLeafsRequiresSelectionsExactlyOnCompositeTypes() =>
        Shape(Validate(new ScalarLeafsRule(), "{ roles { name } node(id: \"1\") }")).ShouldBe(
        [
            ("Field \"roles\" must not have a selection since type \"[Role!]!\" has no subfields.", 1, 9),
            ("Field \"node\" of type \"Node\" must have a selection of subfields. Did you mean \"node { ... }\"?", 1, 18),
        ]);

    [Fact]
    public void NoUndefinedVariablesFollowsFragments()
    {
        var errors = Validate(new NoUndefinedVariablesRule(), """
            query Q($id: ID!) { node(id: $id) { ...F } }
            fragment F on Node { ... on Learner { hubs(first: $first) { id } } }
            """);

        errors.Single().Message.ShouldBe("Variable \"$first\" is not defined by operation \"Q\".");
        errors.Single().Locations.ShouldBe([new SourceLocation(2, 51), new SourceLocation(1, 1)]);
    }

    [Fact]
    public void TypeInfoTracksInputTypesThroughListsAndObjects()
    {
        var seen = new List<string>();
        var typeInfo = new TypeInfo(Schema);
        SyntaxWalker.Walk(Parser.Parse("""{ search(text: "a", filter: {tags: ["x"], minLength: 2}) { __typename } }"""), new Recorder(typeInfo, seen));

        seen.ShouldBe(["\"a\": String!", "\"x\": String!", "2: Int"]);
    }

    [Theory]
    [InlineData(Tests.Language.KitchenSink.Query)]
    [InlineData(Tests.Language.KitchenSink.Sdl)]
    public void ValidatingDocumentsFullOfUnknownNamesReportsWithoutThrowing(string source)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(source));

        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.Locations != null && e.Locations.Count > 0);
    }

    [Fact]
    public void ValidatorStopsAfterTheErrorLimit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 5).Select(i => $"f{i}")) + " }";

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(query), [new FieldsOnCorrectTypeRule()], maxErrors: 3);

        errors.Count.ShouldBe(4);
        errors[^1].Message.ShouldBe("Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void RulesSeeTheAncestorsOfTheCurrentNode()
    {
        var seen = new List<string>();
        DocumentValidator.Validate(Schema, Parser.Parse("{ roles @skip(if: true) }"), [new AncestorRule(seen)]);

        seen.ShouldBe(["DocumentNode > OperationDefinitionNode > SelectionSetNode > FieldNode"]);
    }

    private sealed class AncestorRule(List<string> seen) : ValidationRule(context => new AncestorVisitor(context, seen));

    private sealed class AncestorVisitor(ValidationContext context, List<string> seen) : ValidationVisitor(context)
    {
        public override void Enter(SyntaxNode node)
        {
            if (node is DirectiveNode)
            {
                seen.Add(string.Join(" > ", Context.Ancestors.Select(a => a.GetType().Name)));
            }
        }
    }

    private sealed class Recorder(TypeInfo typeInfo, List<string> seen) : ISyntaxVisitor
    {
        public void Enter(SyntaxNode node)
        {
            typeInfo.Enter(node);
            if (node is StringValueNode or IntValueNode)
            {
                seen.Add($"{Printer.Print(node)}: {typeInfo.InputType}");
            }
        }

        public void Leave(SyntaxNode node) => typeInfo.Leave(node);
    }
}
