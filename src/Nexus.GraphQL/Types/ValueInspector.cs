using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Nexus.GraphQL.Types;

/// <summary>Renders values in error messages the way graphql-js's inspect() does: "x", { a: 1 }, [1, 2].</summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary<string, object?> dictionary => InspectObject(dictionary, depth),
        IEnumerable list => InspectList(list.Cast<object?>().ToList(), depth),
        _ => value.ToString() ?? "",
    };

    private static string InspectObject(IDictionary<string, object?> dictionary, int depth) =>
        dictionary.Count == 0 ? "{}"
        : depth >= MaxDepth ? "[Object]"
        : "{ " + string.Join(", ", dictionary.Select(p => $"{p.Key}: {Inspect(p.Value, depth + 1)}")) + " }";

    private static string InspectList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(item => Inspect(item, depth + 1)).ToList();
        if (items.Count > MaxArrayLength)
        {
            var remaining = items.Count - MaxArrayLength;
            shown.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static string FormatNumber(double number) => double.IsNaN(number) ? "NaN"
        : double.IsPositiveInfinity(number) ? "Infinity"
        : double.IsNegativeInfinity(number) ? "-Infinity"
        : number.ToString("R", CultureInfo.InvariantCulture);
}
