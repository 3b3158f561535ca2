using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>Turns JSON (System.Text.Json elements, anywhere in a value) into plain CLR values the coercion rules understand.</summary>
public static class JsonInput
{
    public static IReadOnlyDictionary<string, object?> ToDictionary(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)Normalize(element)!
            : element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
                ? new Dictionary<string, object?>()
                : throw new ArgumentException("Variables must be a JSON object.", nameof(element));

    /// <summary>Objects become dictionaries, arrays lists, integral numbers long, other numbers double.</summary>
    public static object? Normalize(object? value) => value switch
    {
        JsonElement element => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Normalize(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().Select(e => Normalize(e)).ToList(),
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        IReadOnlyDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => Normalize(p.Value)),
        IDictionary<string, object?> dictionary => dictionary.ToDictionary(p => p.Key, p => Normalize(p.Value)),
        string => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
