using System.Text.Json;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Tests;

/// <summary>Our answers for every document in the graphql-js corpora (see Fixtures/README.md) equal graphql-js's.</summary>
public class CorpusTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record PrinterCase(string Document, string? Printed, string? Error, int Line, int Column);

    private sealed record ValidationCase(string Document, string Rule, IReadOnlyList<ExpectedError> Errors);

    private sealed record ExpectedError(string Message, IReadOnlyList<int[]> Locations);

    private sealed record SchemaCase(string Sdl, string Printed);

    public static TheoryData<int> SchemaCases() => Indices<SchemaCase>("schema-printer-corpus.json");

    public static TheoryData<int> PrinterCases() => Indices<PrinterCase>("printer-corpus.json");

    public static TheoryData<int> ValidationCases() => Indices<ValidationCase>("validation-corpus.json");

    [Theory]
    [MemberData(nameof(SchemaCases))]
    public void SchemaPrintingMatchesGraphqlJsBuildSchemaThenPrintSchema(int index)
    {
        var expected = Load<SchemaCase>("schema-printer-corpus.json")[index];

        SchemaPrinter.Print(SdlSchema.Build(expected.Sdl)).ShouldBe(expected.Printed);
    }

    [Theory]
    [MemberData(nameof(PrinterCases))]
    public void PrinterAndSyntaxErrorsMatchGraphqlJs(int index)
    {
        var expected = Load<PrinterCase>("printer-corpus.json")[index];
        if (expected.Printed is not null)
        {
            Printer.Print(Parser.Parse(expected.Document)).ShouldBe(expected.Printed);
            return;
        }

        var error = Should.Throw<GraphQLSyntaxError>(() => Parser.Parse(expected.Document));
        (error.Message, error.Location.Line, error.Location.Column).ShouldBe((expected.Error!, expected.Line, expected.Column));
    }

    [Theory]
    [MemberData(nameof(ValidationCases))]
    public void ValidationRulesMatchGraphqlJs(int index)
    {
        var expected = Load<ValidationCase>("validation-corpus.json")[index];
        var rule = (IValidationRule)Activator.CreateInstance(
            typeof(SpecifiedRules).Assembly.GetType($"Nexus.GraphQL.Validation.Rules.{expected.Rule}", throwOnError: true)!)!;

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(expected.Document), [rule]);

        errors.Select(e => Describe(e.Message, e.Locations?.Select(l => (l.Line, l.Column)))).ShouldBe(
            expected.Errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l[0], l[1])))), expected.Document);
    }

    private static readonly Schema Schema = SdlSchema.Build(Fixture.Read("test-schema.graphql"));

    private static string Describe(string message, IEnumerable<(int Line, int Column)>? locations) =>
        message + " @ " + string.Join(",", locations?.Select(l => $"{l.Line}:{l.Column}") ?? []);

    private static List<T> Load<T>(string name) => JsonSerializer.Deserialize<List<T>>(Fixture.Read(name), Json)!;

    private static TheoryData<int> Indices<T>(string name) => [.. Enumerable.Range(0, Load<T>(name).Count)];
}
