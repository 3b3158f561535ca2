using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("nullable", "Thing", _ => new object())
            .Field("nonNull", "Thing!", _ => new object())
            .Field("list", "[Thing]", _ => new[] { 1, 2, 3 })
            .Field("strictList", "[Thing!]", _ => new[] { 1, 2, 3 }))
        .Object("Thing", t => t
            .Field("ok", "String", _ => "ok")
            .Field("fails", "String", _ => throw new InvalidOperationException("boom"))
            .Field("failsNonNull", "String!", _ => throw new GraphQLException("nope", new Dictionary<string, object?> { ["code"] = "NOPE" }))
            .Field("nullNonNull", "String!", _ => null)
            .Field("child", "Thing!", _ => new object())
            .Field("index", "Int", c => c.Path.Previous!.Key)
            .Field("evenOnly", "String!", c => (int)c.Path.Previous!.Key % 2 == 0 ? "even" : null))
        .Build();

    [Fact]
    public async Task ErrorInNullableFieldNullsOnlyThatField()
    {
        var json = await Run.Json(Schema, "{ nullable { ok fails } }");

        json.ShouldBe("""{"errors":[{"message":"boom","locations":[{"line":1,"column":17}],"path":["nullable","fails"]}],"data":{"nullable":{"ok":"ok","fails":null}}}""");
    }

    [Fact]
    public async Task NonNullErrorPropagatesToNearestNullableParent()
    {
        var json = await Run.Json(Schema, "{ nullable { ok child { child { nullNonNull } } } }");

        json.ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Thing.nullNonNull.","locations":[{"line":1,"column":33}],"path":["nullable","child","child","nullNonNull"]}],"data":{"nullable":null}}""");
    }

    [Fact]
    public async Task NonNullErrorAtTheRootNullsData()
    {
        var json = await Run.Json(Schema, "{ nullable { ok } nonNull { failsNonNull } }");

        json.ShouldBe("""{"errors":[{"message":"nope","locations":[{"line":1,"column":29}],"path":["nonNull","failsNonNull"],"extensions":{"code":"NOPE"}}],"data":null}""");
    }

    [Fact]
    public async Task ListItemErrorsCarryTheIndexInThePath()
    {
        var json = await Run.Json(Schema, "{ list { index evenOnly } }");

        json.ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Thing.evenOnly.","locations":[{"line":1,"column":16}],"path":["list",1,"evenOnly"]}],"data":{"list":[{"index":0,"evenOnly":"even"},null,{"index":2,"evenOnly":"even"}]}}""");
    }

    [Fact]
    public async Task NonNullListItemsNullTheWholeList()
    {
        var json = await Run.Json(Schema, "{ strictList { evenOnly } }");

        json.ShouldBe("""{"errors":[{"message":"Cannot return null for non-nullable field Thing.evenOnly.","locations":[{"line":1,"column":16}],"path":["strictList",1,"evenOnly"]}],"data":{"strictList":null}}""");
    }

    [Fact]
    public async Task UnexpectedErrorMessagesCanBeMasked()
    {
        var json = await Run.Json(Schema, "{ nullable { fails } }", options: new ExecutionOptions { MaskUnexpectedErrors = true });

        json.ShouldContain("\"message\":\"Unexpected error.\"");
    }
}
