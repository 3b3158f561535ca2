using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

/// <summary>The same schema, resolvers and queries as a graphql-js script; the expected responses are graphql-js's.</summary>
public class GraphqlJsResponseTests
{
    private static readonly object Thing = new Dictionary<string, object?>();

    private static readonly Schema Schema = SdlSchema.Build(
        """
        type Query {
          nullable: Thing
          nonNull: Thing!
          list: [Thing]
          strictList: [Thing!]
        }
        type Thing {
          ok: String
          fails: String
          failsNonNull: String!
          nullNonNull: String!
          child: Thing!
        }
        """,
        r => r
            .Resolve("Query.nullable", _ => Thing)
            .Resolve("Query.nonNull", _ => Thing)
            .Resolve("Query.list", _ => new[] { Thing, Thing, Thing })
            .Resolve("Query.strictList", _ => new[] { Thing, null, Thing })
            .Resolve("Thing.ok", _ => "ok")
            .Resolve("Thing.fails", _ => throw new InvalidOperationException("boom"))
            .Resolve("Thing.failsNonNull", _ => throw new InvalidOperationException("nope"))
            .Resolve("Thing.nullNonNull", _ => null)
            .Resolve("Thing.child", _ => Thing));

    [Theory]
    [InlineData("{ nullable { ok fails } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":17}],"path":["nullable","fails"]}],"data":{"nullable":{"ok":"ok","fails":null}}}""")]
    [InlineData("{ nullable { ok child { child { nullNonNull } } } }", """{"errors":[{"message":"Cannot return null for non-nullable field Thing.nullNonNull.","locations":[{"line":1,"column":33}],"path":["nullable","child","child","nullNonNull"]}],"data":{"nullable":null}}""")]
    [InlineData("{ nullable { ok } nonNull { failsNonNull } }", """{"errors":[{"message":"nope","locations":[{"line":1,"column":29}],"path":["nonNull","failsNonNull"]}],"data":null}""")]
    [InlineData("{ strictList { ok } }", """{"errors":[{"message":"Cannot return null for non-nullable field Query.strictList.","locations":[{"line":1,"column":3}],"path":["strictList",1]}],"data":{"strictList":null}}""")]
    [InlineData("{ list { ok fails } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":13}],"path":["list",0,"fails"]},{"message":"boom","locations":[{"line":1,"column":13}],"path":["list",1,"fails"]},{"message":"boom","locations":[{"line":1,"column":13}],"path":["list",2,"fails"]}],"data":{"list":[{"ok":"ok","fails":null},{"ok":"ok","fails":null},{"ok":"ok","fails":null}]}}""")]
    [InlineData("{ a: nullable { fails } b: nullable { fails } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":17}],"path":["a","fails"]},{"message":"boom","locations":[{"line":1,"column":39}],"path":["b","fails"]}],"data":{"a":{"fails":null},"b":{"fails":null}}}""")]
    [InlineData("{ nonNull { child { fails child { nullNonNull } } } nullable { ok } }", """{"errors":[{"message":"boom","locations":[{"line":1,"column":21}],"path":["nonNull","child","fails"]},{"message":"Cannot return null for non-nullable field Thing.nullNonNull.","locations":[{"line":1,"column":35}],"path":["nonNull","child","child","nullNonNull"]}],"data":null}""")]
    public async Task ResponsesMatchGraphqlJs(string query, string expected) =>
        (await Run.Json(Schema, query)).ShouldBe(expected);
}
