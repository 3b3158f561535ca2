using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>Resolves a field without a resolver: a dictionary entry, JSON property or public property named like the field.</summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static object? Resolve(object? source, string fieldName) => source switch
    {
        null => null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(fieldName, out var value) ? value : null,
        IReadOnlyDictionary<string, object?> dictionary => dictionary.GetValueOrDefault(fieldName),
        IDictionary dictionary => dictionary.Contains(fieldName) ? dictionary[fieldName] : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(fieldName, out var property)
            ? JsonInput.Normalize(property)
            : null,
        _ => Property(source.GetType(), fieldName)?.GetValue(source),
    };

    private static PropertyInfo? Property(Type type, string name) =>
        Properties.GetOrAdd((type, name), key => key.Item1.GetProperty(key.Item2,
            BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
}
