using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>Resolves a field without a resolver: a dictionary entry, JSON property or public property named like the field.</summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    /// <summary>
    /// A reader of the field from sources of <paramref name="type"/>: executions keep it per selection, since one
    /// selection almost always sees one CLR type, and skip the type tests and the lookup by (type, name) per value.
    /// </summary>
    public static Func<object, object?> ReaderFor(Type type, string fieldName) =>
        typeof(IDictionary<string, object?>).IsAssignableFrom(type) || typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type)
        || typeof(IDictionary).IsAssignableFrom(type) || type == typeof(JsonElement)
            ? source => Resolve(source, fieldName)
            : Getter(type, fieldName) ?? (_ => null);

    public static object? Resolve(object? source, string fieldName) => source switch
    {
        null => null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(fieldName, out var value) ? value : null,
        IReadOnlyDictionary<string, object?> dictionary => dictionary.GetValueOrDefault(fieldName),
        IDictionary dictionary => dictionary.Contains(fieldName) ? dictionary[fieldName] : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(fieldName, out var property)
            ? JsonInput.Normalize(property)
            : null,
        _ => Getter(source.GetType(), fieldName)?.Invoke(source),
    };

    /// <summary>A compiled getter for the property named like the field (reflection per call would dominate execution time).</summary>
    private static Func<object, object?>? Getter(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key =>
        {
            var property = key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                return null;
            }

            var instance = Expression.Parameter(typeof(object));
            var access = Expression.Property(Expression.Convert(instance, key.Item1), property);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
        });
}
