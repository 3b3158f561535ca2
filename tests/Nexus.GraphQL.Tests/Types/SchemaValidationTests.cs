using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Types;

public class SchemaValidationTests
{
    private static GraphQLSchemaException Fails(Func<SchemaBuilder, SchemaBuilder> configure) =>
        Should.Throw<GraphQLSchemaException>(() => configure(new SchemaBuilder()).Build());

    [Fact]
    public void RequiresAQueryRootType() =>
        Fails(b => b.Object("Thing", t => t.Field("a", "Int"))).Message.ShouldBe("Query root type must be provided.");

    [Fact]
    public void RejectsUnknownTypeReferences() =>
        Fails(b => b.Query("Query", q => q.Field("a", "Missing"))).Message.ShouldBe("Unknown type \"Missing\" referenced by Query.a.");

    [Fact]
    public void RejectsDuplicateTypeNames() =>
        Fails(b => b.Query("Query", q => q.Field("a", "Int")).Object("Query", t => t.Field("b", "Int")))
            .Message.ShouldBe("Type \"Query\" is defined more than once.");

    [Fact]
    public void ChecksInterfaceImplementationsFieldByField()
    {
        var error = Fails(b => b
            .Query("Query", q => q.Field("node", "Node"))
            .Interface("Node", i => i.Field("id", "ID!").Field("name", "String").Field("items", "[String]", f => f.Argument("first", "Int")))
            .Object("Thing", t => t.Implements("Node").Field("id", "ID").Field("items", "[String]", f => f.Argument("first", "String").Argument("extra", "Int!"))));

        error.Errors.ShouldBe(
        [
            "Interface field Node.id expects type ID! but Thing.id is type ID.",
            "Interface field Node.name expected but Thing does not provide it.",
            "Interface field argument Node.items(first:) expects type Int but Thing.items(first:) is type String.",
            "Argument \"Thing.items(extra:)\" must not be required type \"Int!\" if not provided by the Interface field \"Node.items\".",
        ]);
    }

    [Fact]
    public void AllowsCovariantFieldTypesInImplementations()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("node", "Node"))
            .Interface("Node", i => i.Field("id", "ID").Field("friends", "[Node]"))
            .Object("Thing", t => t.Implements("Node").Field("id", "ID!").Field("friends", "[Thing!]!"))
            .Build();

        schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).ShouldBe(["Thing"]);
    }

    [Fact]
    public void RequiresTransitiveInterfacesToBeDeclared() =>
        Fails(b => b
            .Query("Query", q => q.Field("a", "Named"))
            .Interface("Node", i => i.Field("id", "ID"))
            .Interface("Named", i => i.Implements("Node").Field("id", "ID").Field("name", "String"))
            .Object("Thing", t => t.Implements("Named").Field("id", "ID").Field("name", "String")))
            .Errors.ShouldContain("Type Thing must implement Node because it is implemented by Named.");

    [Fact]
    public void ChecksOneOfInputFieldsAreNullableWithoutDefaults() =>
        Fails(b => b
            .Query("Query", q => q.Field("a", "Int", f => f.Argument("by", "By")))
            .Input("By", i => i.OneOf().Field("id", "ID!").FieldWithDefault("name", "String", "x")))
            .Errors.ShouldBe(["OneOf input field By.id must be nullable.", "OneOf input field By.name cannot have a default value."]);

    [Fact]
    public void RejectsInputObjectsThatRequireThemselves() =>
        Fails(b => b
            .Query("Query", q => q.Field("a", "Int", f => f.Argument("x", "A")))
            .Input("A", i => i.Field("b", "B!"))
            .Input("B", i => i.Field("a", "A!")))
            .Errors.ShouldBe(["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."]);

    [Fact]
    public void RejectsOutputTypesAsArgumentsAndReservedNames() =>
        Fails(b => b
            .Query("Query", q => q.Field("a", "Int", f => f.Argument("q", "Query")).Field("__b", "Int")))
            .Errors.ShouldBe(
            [
                "The type of Query.a(q:) must be Input Type but got: Query.",
                "Name \"__b\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ]);

    [Fact]
    public void RejectsRequiredDeprecatedArguments() =>
        Fails(b => b.Query("Query", q => q.Field("a", "Int", f => f.Argument("x", "Int!", deprecationReason: "old"))))
            .Errors.ShouldBe(["Required argument Query.a(x:) cannot be deprecated."]);

    [Fact]
    public void RejectsEmptyUnionsAndEnums() =>
        Fails(b => b.Query("Query", q => q.Field("u", "U").Field("e", "E")).Union("U", _ => { }).Enum("E", _ => { }))
            .Errors.ShouldBe(["Union type U must define one or more member types.", "Enum type E must define one or more values."]);

    [Fact]
    public void RejectsDefaultsThatDoNotFitTheirType() =>
        Should.Throw<GraphQLSchemaException>(() => SdlSchema.Build("type Query { a(x: Int = \"one\"): Int }"))
            .Errors.ShouldBe(["Default value of Query.a(x:) is invalid: Int cannot represent non-integer value: \"one\""]);
}
