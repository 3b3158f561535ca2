using System.Text;

namespace Nexus.GraphQL.Language;

/// <summary>
/// Prints a syntax tree in graphql-js's <c>print()</c> format, so printed documents are byte-identical to
/// what graphql-js produces and re-parse to the same tree there.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node) => node switch
    {
        NameNode name => name.Value,
        DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => Join([
            Wrap("", PrintOptional(variable.Description), "\n"),
            Print(variable.Variable), ": ", Print(variable.Type),
            Wrap(" = ", PrintOptional(variable.DefaultValue)),
            Wrap(" ", PrintDirectives(variable.Directives))]),
        SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
        FieldNode field => PrintField(field),
        ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", PrintDirectives(spread.Directives)),
        InlineFragmentNode inline => Join([
            "...", Wrap("on ", PrintOptional(inline.TypeCondition)),
            PrintDirectives(inline.Directives), Print(inline.SelectionSet)], " "),
        FragmentDefinitionNode fragment => Wrap("", PrintOptional(fragment.Description), "\n") +
            "fragment " + fragment.Name.Value + " on " + Print(fragment.TypeCondition) + " " +
            Wrap("", PrintDirectives(fragment.Directives), " ") + Print(fragment.SelectionSet),
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode value => value.Value,
        FloatValueNode value => value.Value,
        StringValueNode { Block: true } value => BlockString.Print(value.Value),
        StringValueNode value => PrintString(value.Value),
        BooleanValueNode value => value.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode value => value.Value,
        ListValueNode list => "[" + Join(list.Values.Select(Print), ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields.Select(Print), ", ") + "}",
        ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Described(schema.Description,
            Join(["schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " ")),
        SchemaExtensionNode schema =>
            Join(["extend schema", PrintDirectives(schema.Directives), Block(schema.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => TypeDefinition(scalar, "scalar", [PrintDirectives(scalar.Directives)]),
        ObjectTypeDefinitionNode type => TypeDefinition(type, "type",
            [Wrap("implements ", Join(type.Interfaces.Select(Print), " & ")), PrintDirectives(type.Directives), Block(type.Fields.Select(Print))]),
        InterfaceTypeDefinitionNode type => TypeDefinition(type, "interface",
            [Wrap("implements ", Join(type.Interfaces.Select(Print), " & ")), PrintDirectives(type.Directives), Block(type.Fields.Select(Print))]),
        UnionTypeDefinitionNode union => TypeDefinition(union, "union",
            [PrintDirectives(union.Directives), Wrap("= ", Join(union.Types.Select(Print), " | "))]),
        EnumTypeDefinitionNode enumType => TypeDefinition(enumType, "enum",
            [PrintDirectives(enumType.Directives), Block(enumType.Values.Select(Print))]),
        InputObjectTypeDefinitionNode input => TypeDefinition(input, "input",
            [PrintDirectives(input.Directives), Block(input.Fields.Select(Print))]),
        FieldDefinitionNode field => Described(field.Description,
            field.Name.Value + PrintArgumentDefinitions(field.Arguments) + ": " + Print(field.Type) +
            Wrap(" ", PrintDirectives(field.Directives))),
        InputValueDefinitionNode input => Described(input.Description, Join([
            input.Name.Value, ": ", Print(input.Type),
            Wrap(" = ", PrintOptional(input.DefaultValue)),
            Wrap(" ", PrintDirectives(input.Directives))])),
        EnumValueDefinitionNode value => Described(value.Description, Join([value.Name.Value, PrintDirectives(value.Directives)], " ")),
        DirectiveDefinitionNode directive => Described(directive.Description,
            "directive @" + directive.Name.Value + PrintArgumentDefinitions(directive.Arguments) +
            (directive.Repeatable ? " repeatable" : "") + " on " + Join(directive.Locations.Select(Print), " | ")),
        _ => throw new ArgumentException($"Cannot print {node.GetType().Name}.", nameof(node)),
    };

    private static string TypeDefinition(TypeDefinitionNode node, string keyword, IEnumerable<string> rest)
    {
        var head = node.IsExtension ? "extend " + keyword : keyword;
        return Described(node.Description, Join([head, node.Name.Value, .. rest], " "));
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = operation.VariableDefinitions.Select(Print).ToList();

        // graphql-js wraps described variables onto separate lines without indenting them; we match it.
        var variableText = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = OperationKeyword(operation.Operation);
        var prefix = Wrap("", PrintOptional(operation.Description), "\n") + Join([
            keyword,
            (operation.Name?.Value ?? "") + variableText,
            PrintDirectives(operation.Directives)], " ");

        // Anonymous queries without variables or directives use the shorthand form.
        var shorthand = operation.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return (shorthand ? "" : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", field.Alias?.Value, ": ") + field.Name.Value;
        var arguments = field.Arguments.Select(Print).ToList();
        var argumentText = arguments.Count == 0
            ? ""
            : prefix.Length + Join(arguments, ", ").Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", Join(arguments, ", "), ")");
        return prefix + argumentText + Wrap(" ", PrintDirectives(field.Directives)) + Wrap(" ", PrintOptional(field.SelectionSet));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    public static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>Prints a string literal, escaping control characters, quotes and backslashes like graphql-js.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                < ' ' or (>= '\u007F' and <= '\u009F') => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Described(StringValueNode? description, string text) =>
        Wrap("", PrintOptional(description), "\n") + text;

    private static string PrintDirectives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string? PrintOptional(SyntaxNode? node) => node is null ? null : Print(node);

    private static string Join(IEnumerable<string?> items, string separator = "") =>
        string.Join(separator, items.Where(item => !string.IsNullOrEmpty(item)));

    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? "" : start + text + end;

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(IEnumerable<string> items) => items.Any(item => item.Contains('\n', StringComparison.Ordinal));
}
