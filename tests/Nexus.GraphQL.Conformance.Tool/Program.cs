using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.GraphQL.Conformance.Tool;

// Reads a JSON request on stdin and writes the engine's answers as JSON on stdout, for the Node conformance
// scripts in tests/Nexus.Web.Conformance to compare with graphql-js:
//   validate: {"schema": "<SDL>", "documents": ["…"]} → [{"errors": [{"message", "locations": [[line, column]]}]} | {"syntaxError"}]
//   print:    {"documents": ["…"]}                    → [{"printed": "…"} | {"syntaxError", "locations"}]
if (args is not ["validate" or "print"])
{
    Console.Error.WriteLine("usage: Nexus.GraphQL.Conformance.Tool validate|print < request.json");
    return 2;
}

var request = JsonNode.Parse(Console.In.ReadToEnd())?.AsObject() ?? throw new InvalidOperationException("empty request");
var documents = request["documents"]?.AsArray().Select(d => d!.GetValue<string>()).ToList() ?? [];
JsonArray answers = args[0] == "validate"
    ? Answers.Validate(request["schema"]?.GetValue<string>() ?? throw new InvalidOperationException("no schema"), documents)
    : Answers.Print(documents);
Console.Out.Write(answers.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
return 0;
