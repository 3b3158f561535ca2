using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// One object of the response: the response keys (shared by every object of the same selection) and this
/// object's values, in field order. Far lighter than a dictionary per object.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(CollectedFields fields, object?[] values)
    {
        _keys = fields.Keys;
        EncodedKeys = fields.EncodedKeys;
        _values = values;
    }

    internal JsonEncodedText[] EncodedKeys { get; }

    public int Count => _keys.Length;

    internal string KeyAt(int index) => _keys[index];

    internal object? ValueAt(int index) => _values[index];

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
