using System.Text.Json;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>The fields to execute on one object type: response keys, their merged field nodes and definitions.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(OrderedDictionary<string, List<FieldNode>> grouped, Func<FieldNode, FieldDefinition?> definitionOf)
    {
        // Fields unknown to the type (only possible without validation) are left out of the response.
        var known = grouped.Select(g => (g.Key, Nodes: g.Value, Definition: definitionOf(g.Value[0])))
            .Where(f => f.Definition is not null).ToList();
        Keys = [.. known.Select(f => f.Key)];
        Nodes = [.. known.Select(f => f.Nodes)];
        Definitions = [.. known.Select(f => f.Definition!)];
        EncodedKeys = [.. Keys.Select(key => JsonEncodedText.Encode(key))];
        _readers = new FieldReader?[Keys.Length];
    }

    // The default resolver of each field for the last CLR type seen (replaced whole, so concurrent requests are safe).
    private readonly FieldReader?[] _readers;

    public string[] Keys { get; }

    public List<FieldNode>[] Nodes { get; }

    public FieldDefinition[] Definitions { get; }

    /// <summary>The response keys as JSON property names (GraphQL names never need escaping).</summary>
    public JsonEncodedText[] EncodedKeys { get; }

    public int Count => Keys.Length;

    /// <summary>Field <paramref name="index"/> of <paramref name="source"/> read the default way (no resolver).</summary>
    public object? Read(int index, object? source)
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        var reader = _readers[index];
        if (reader is null || reader.Type != type)
        {
            _readers[index] = reader = new FieldReader(type, DefaultFieldResolver.ReaderFor(type, Definitions[index].Name));
        }

        return reader.Read(source);
    }

    private sealed record FieldReader(Type Type, Func<object, object?> Read);
}
