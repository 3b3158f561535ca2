using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Types;

/// <summary>Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does.</summary>
public static class SchemaPrinter
{
    /// <summary>User-defined directives and types (no built-in scalars, directives or introspection types).</summary>
    public static string Print(Schema schema) => PrintFiltered(schema,
        directive => !directive.IsSpecified,
        type => !(type is ScalarType { IsSpecified: true }) && !schema.IsIntrospectionType(type));

    /// <summary>Only the built-in directives and introspection types (graphql-js printIntrospectionSchema).</summary>
    public static string PrintIntrospectionSchema(Schema schema) =>
        PrintFiltered(schema, directive => directive.IsSpecified, schema.IsIntrospectionType);

    private static string PrintFiltered(Schema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter) =>
        string.Join("\n\n", new[] { PrintSchemaDefinition(schema) }
            .Concat(schema.Directives.Where(directiveFilter).Select(PrintDirective))
            .Concat(schema.Types.Values.Where(typeFilter).Select(PrintType))
            .Where(part => !string.IsNullOrEmpty(part)));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.Query.Name == "Query" && schema.Mutation?.Name is null or "Mutation" &&
            schema.Subscription?.Name is null or "Subscription";
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string> { $"  query: {schema.Query.Name}" };
        if (schema.Mutation is not null)
        {
            operations.Add($"  mutation: {schema.Mutation.Name}");
        }

        if (schema.Subscription is not null)
        {
            operations.Add($"  subscription: {schema.Subscription.Name}");
        }

        return PrintDescription(schema.Description) + $"schema {{\n{string.Join("\n", operations)}\n}}";
    }

    public static string PrintType(NamedType type) => PrintDescription(type.Description) + type switch
    {
        ScalarType scalar => $"scalar {scalar.Name}" + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : ""),
        ObjectType objectType => $"type {objectType.Name}" + PrintInterfaces(objectType) + PrintFields(objectType),
        InterfaceType interfaceType => $"interface {interfaceType.Name}" + PrintInterfaces(interfaceType) + PrintFields(interfaceType),
        UnionType union => $"union {union.Name}" + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => $"enum {enumType.Name}" + PrintBlock(enumType.Values.Values.Select((value, i) =>
            PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
        InputObjectType input => $"input {input.Name}" + (input.IsOneOf ? " @oneOf" : "") + PrintBlock(input.Fields.Values.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string PrintInterfaces(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(FieldsType type) => PrintBlock(type.Fields.Values.Select((field, i) =>
        PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ") +
        ": " + field.Type + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        // Arguments without descriptions fit on one line.
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument))) +
            "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type +
        (value.DefaultValue is { } literal ? " = " + Printer.Print(literal) : "") +
        PrintDeprecated(value.DeprecationReason);

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments) +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
