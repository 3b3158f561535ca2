using System.Text.Json;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

/// <summary>Invalid variables get exactly graphql-js's messages (paths, inspected values, suggestions).</summary>
public class GraphqlJsVariableErrorTests
{
    private static readonly Schema Schema = SdlSchema.Build(
        """
        type Query { echo(value: Int, input: Filter, list: [Int], req: Int, e: Color, ids: [ID!]): String
          need(req: Int!): String }
        input Filter { name: String, size: Int = 3, inner: Inner, by: By }
        input Inner { deep: [Int!]! }
        input By @oneOf { id: ID, email: String }
        enum Color { RED GREEN }
        """,
        r => r.Resolve("Query.echo", _ => "ok").Resolve("Query.need", _ => "ok"));

    [Theory]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": "1"}""", """["Variable \"$v\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\""]""")]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": 1.5}""", """["Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5"]""")]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": 3000000000}""", """["Variable \"$v\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000"]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"nope": 1}}""", """["Variable \"$f\" got invalid value { nope: 1 }; Field \"nope\" is not defined by type \"Filter\". Did you mean \"name\"?"]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"name": 1}}""", """["Variable \"$f\" got invalid value 1 at \"f.name\"; String cannot represent a non string value: 1"]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"inner": {"deep": [1, null]}}}""", """["Variable \"$f\" got invalid value null at \"f.inner.deep[1]\"; Expected non-nullable type \"Int!\" not to be null."]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"inner": {}}}""", """["Variable \"$f\" got invalid value {} at \"f.inner\"; Field \"deep\" of required type \"[Int!]!\" was not provided."]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": "str"}""", """["Variable \"$f\" got invalid value \"str\"; Expected type \"Filter\" to be an object."]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"by": {"id": 1, "email": "x"}}}""", """["Variable \"$f\" got invalid value { id: 1, email: \"x\" } at \"f.by\"; Exactly one key must be specified for OneOf type \"By\"."]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"by": {"id": null}}}""", """["Variable \"$f\" got invalid value null at \"f.by.id\"; Field \"id\" must be non-null."]""")]
    [InlineData("query ($f: Filter) { echo(input: $f) }", """{"f": {"by": {}}}""", """["Variable \"$f\" got invalid value {} at \"f.by\"; Exactly one key must be specified for OneOf type \"By\"."]""")]
    [InlineData("query ($l: [Int]) { echo(list: $l) }", """{"l": [1, "x", 3]}""", """["Variable \"$l\" got invalid value \"x\" at \"l[1]\"; Int cannot represent non-integer value: \"x\""]""")]
    [InlineData("query ($e: Color) { echo(e: $e) }", """{"e": "BLUE"}""", """["Variable \"$e\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum."]""")]
    [InlineData("query ($e: Color) { echo(e: $e) }", """{"e": 1}""", """["Variable \"$e\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1."]""")]
    [InlineData("query ($i: [ID!]) { echo(ids: $i) }", """{"i": [1, true]}""", """["Variable \"$i\" got invalid value true at \"i[1]\"; ID cannot represent value: true"]""")]
    [InlineData("query ($r: Int!) { need(req: $r) }", """{}""", """["Variable \"$r\" of required type \"Int!\" was not provided."]""")]
    [InlineData("query ($r: Int!) { need(req: $r) }", """{"r": null}""", """["Variable \"$r\" of non-null type \"Int!\" must not be null."]""")]
    public async Task MessagesMatchGraphqlJs(string query, string variables, string expectedMessages)
    {
        var result = await Run.Query(Schema, query, JsonInput.ToDictionary(JsonDocument.Parse(variables).RootElement));

        result.HasData.ShouldBeFalse();
        result.Errors!.Select(e => e.Message).ShouldBe(JsonSerializer.Deserialize<string[]>(expectedMessages)!);
    }
}
