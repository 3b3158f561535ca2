using System.Text.Json;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class VariableCoercionTests
{
    // Echoes how arguments arrived, so tests can tell null from absent.
    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("echo", "String", f => f
                .Argument("value", "Int")
                .ArgumentWithDefault("withDefault", "Int", 7)
                .Argument("input", "Filter")
                .Argument("list", "[Int]")
                .Resolve(c => string.Join(" ", c.Arguments.Select(a => $"{a.Key}={Describe(a.Value)}"))))
            .Field("required", "String", f => f.Argument("value", "Int!").Resolve(c => Describe(c.Arguments["value"]))))
        .Input("Filter", i => i.Field("name", "String").FieldWithDefault("size", "Int", 3).Field("by", "By"))
        .Input("By", i => i.OneOf().Field("id", "ID").Field("email", "String"))
        .Build();

    private static string Describe(object? value) => value switch
    {
        null => "null",
        Dictionary<string, object?> d => "{" + string.Join(",", d.Select(p => $"{p.Key}:{Describe(p.Value)}")) + "}",
        List<object?> l => "[" + string.Join(",", l.Select(Describe)) + "]",
        _ => value.ToString()!,
    };

    private static async Task<string> Echo(string query, object? variables = null) =>
        await Run.Json(Schema, query, variables switch
        {
            null => null,
            string json => JsonInput.ToDictionary(JsonDocument.Parse(json).RootElement),
            _ => (IReadOnlyDictionary<string, object?>)variables,
        });

    [Fact]
    public async Task AbsentArgumentsStayAbsentAndNullStaysNull()
    {
        (await Echo("{ echo }")).ShouldBe("""{"data":{"echo":"withDefault=7"}}""");
        (await Echo("{ echo(value: null, withDefault: null) }")).ShouldBe("""{"data":{"echo":"value=null withDefault=null"}}""");
    }

    [Fact]
    public async Task UnprovidedVariablesMakeArgumentsAbsentSoDefaultsApply()
    {
        (await Echo("query ($v: Int) { echo(value: $v, withDefault: $v) }")).ShouldBe("""{"data":{"echo":"withDefault=7"}}""");
        (await Echo("query ($v: Int) { echo(value: $v, withDefault: $v) }", """{"v": null}"""))
            .ShouldBe("""{"data":{"echo":"value=null withDefault=null"}}""");
    }

    [Fact]
    public async Task VariableDefaultsApplyWhenNotProvided() =>
        (await Echo("query ($v: Int = 5) { echo(value: $v) }")).ShouldBe("""{"data":{"echo":"value=5 withDefault=7"}}""");

    [Fact]
    public async Task JsonVariablesCoerceIntoInputObjectsAndLists() =>
        (await Echo("query ($f: Filter, $l: [Int]) { echo(input: $f, list: $l) }", """{"f": {"name": "x", "by": {"id": 4}}, "l": 3}"""))
            .ShouldBe("""{"data":{"echo":"withDefault=7 input={name:x,size:3,by:{id:4}} list=[3]"}}""");

    [Fact]
    public async Task LiteralInputObjectsUseFieldDefaultsAndVariables() =>
        (await Echo("""query ($n: String) { echo(input: {name: $n, by: {email: "a@b"}}) }""", """{"n": "y"}"""))
            .ShouldBe("""{"data":{"echo":"withDefault=7 input={name:y,size:3,by:{email:a@b}}"}}""");

    [Theory]
    [InlineData("""{"v": "1"}""", "query ($v: Int) { echo(value: $v) }", "Variable \"$v\" got invalid value \"1\"; Int cannot represent non-integer value: \"1\"")]
    [InlineData("{}", "query ($v: Int!) { required(value: $v) }", "Variable \"$v\" of required type \"Int!\" was not provided.")]
    [InlineData("""{"v": null}""", "query ($v: Int!) { required(value: $v) }", "Variable \"$v\" of non-null type \"Int!\" must not be null.")]
    public async Task InvalidVariablesAreRequestErrors(string variables, string query, string message)
    {
        var result = await Run.Query(Schema, query, JsonInput.ToDictionary(JsonDocument.Parse(variables).RootElement));

        result.HasData.ShouldBeFalse();
        result.Errors!.Single().Message.ShouldBe(message);
        result.Errors![0].Locations!.Single().Line.ShouldBe(1);
    }

    [Fact]
    public async Task InvalidArgumentLiteralsBecomeFieldErrors()
    {
        // Validation would reject the literal first; this is execution's own check for documents not validated.
        var json = await Run.Json(Schema, """{ echo(value: "x") }""", options: new ExecutionOptions { ValidationRules = [] });

        json.ShouldBe("""{"errors":[{"message":"Argument \"value\" has invalid value \"x\". Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["echo"]}],"data":{"echo":null}}""");
    }

    [Fact]
    public async Task RequiredArgumentFedByAMissingVariableIsAFieldError()
    {
        var json = await Run.Json(Schema, "query ($v: Int) { required(value: $v) }", options: new ExecutionOptions { ValidationRules = [] });

        json.ShouldContain("Argument \\\"value\\\" of required type \\\"Int!\\\" was provided the variable \\\"$v\\\" which was not provided a runtime value.");
    }
}
