using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class AbstractTypeTests
{
    private sealed record Cat(string Name, int Lives);

    private sealed record Dog(string Name, bool Barks);

    private sealed record Fish(string Name);

    private static Schema Build(bool withResolver) => new SchemaBuilder()
        .Query("Query", q => q
            .Field("pets", "[Pet]", _ => new object[] { new Cat("Tom", 9), new Dog("Rex", true) })
            .Field("fish", "Pet", _ => new Fish("Nemo"))
            .Field("later", "[Pet]", _ => Task.FromResult<object>(new[] { new Cat("Later", 1) })))
        .Interface("Pet", i =>
        {
            i.Field("name", "String");
            if (withResolver)
            {
                i.ResolveType(value => value switch { Cat => "Cat", Dog => "Dog", _ => null });
            }
        })
        .Object("Cat", t => t.Implements("Pet").Field("name", "String").Field("lives", "Int"))
        .Object("Dog", t => t.Implements("Pet").Field("name", "String").Field("barks", "Boolean"))
        .Build();

    [Fact]
    public async Task InterfaceTypeResolverPicksTheObjectType() =>
        (await Run.Json(Build(withResolver: true), "{ pets { name ... on Cat { lives } ... on Dog { barks } } }"))
            .ShouldBe("""{"data":{"pets":[{"name":"Tom","lives":9},{"name":"Rex","barks":true}]}}""");

    [Fact]
    public async Task WithoutResolversTheClrTypeNameIsUsed() =>
        (await Run.Json(Build(withResolver: false), "{ pets { __typename } }"))
            .ShouldBe("""{"data":{"pets":[{"__typename":"Cat"},{"__typename":"Dog"}]}}""");

    [Fact]
    public async Task UnresolvableValuesAreFieldErrors()
    {
        var result = await Run.Query(Build(withResolver: true), "{ fish { name } }");

        result.Errors!.Single().Message.ShouldBe(
            "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.fish\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        result.Errors![0].Path.ShouldBe(["fish"]);
    }

    [Fact]
    public async Task TasksReturnedBySynchronousResolversAreAwaited() =>
        (await Run.Json(Build(withResolver: true), "{ later { name } }")).ShouldBe("""{"data":{"later":[{"name":"Later"}]}}""");

    [Fact]
    public void DirectivesMustBeUniquelyNamed() =>
        Should.Throw<GraphQLSchemaException>(() => new SchemaBuilder()
            .Query("Query", q => q.Field("a", "Int"))
            .Directive("skip", [Nexus.GraphQL.Language.DirectiveLocation.Field])
            .Build()).Errors.ShouldBe(["Directive @skip is defined more than once."]);
}
