using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    [Fact]
    public void PrintsTheTestSchemaExactlyLikeGraphqlJsPrintSchema() =>
        SchemaPrinter.Print(TestSchema.Build(new TestData())).ShouldBe(Fixture.Read("test-schema.printed.graphql"));

    [Fact]
    public void OmitsTheSchemaDefinitionWhenRootTypesUseCommonNames()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("a", "Int"))
            .Build();
        SchemaPrinter.Print(schema).ShouldBe("type Query {\n  a: Int\n}");
    }

    [Fact]
    public void PrintsDescriptionsThatCannotBeBlockStringsAsStrings()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("a", "Int", f => f.Description("  indented\n  lines")))
            .Build();
        SchemaPrinter.Print(schema).ShouldBe("type Query {\n  \"  indented\\n  lines\"\n  a: Int\n}");
    }

    [Fact]
    public void PrintsTheIntrospectionSchemaLikeGraphqlJs()
    {
        var printed = SchemaPrinter.PrintIntrospectionSchema(TestSchema.Build(new TestData()));
        printed.ShouldContain("}\n\n\"\"\"\nDirects the executor to include this field or fragment only when the `if` argument is true.\n\"\"\"\ndirective @include(");
        printed.ShouldContain("type __Type {\n  kind: __TypeKind!\n  name: String\n  description: String\n  specifiedByURL: String\n  fields(includeDeprecated: Boolean = false): [__Field!]\n");
        printed.ShouldContain("  inputFields(includeDeprecated: Boolean = false): [__InputValue!]\n  ofType: __Type\n  isOneOf: Boolean\n}");
        printed.ShouldContain("directive @oneOf on INPUT_OBJECT");
    }
}
