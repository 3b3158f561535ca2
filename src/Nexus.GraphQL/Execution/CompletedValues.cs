using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// A completed value already written as JSON (see <see cref="Types.FieldBuilder.ReuseCompletedValueBy"/>): response writers
/// copy it as it is. Only appears in results when <see cref="ExecutionOptions.ReuseCompletedValues"/> is on.
/// </summary>
public sealed class RawJson(byte[] utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;
}

/// <summary>
/// The JSON of completed values of fields declared with <see cref="Types.FieldBuilder.ReuseCompletedValueBy"/>, by key object
/// (weakly: an entry lives as long as its key, e.g. a cache entry) and selection (the field nodes, which a cached
/// operation plan shares between requests).
/// </summary>
internal static class CompletedValues
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<object, RawJson>> ByKey = new();

    public static RawJson? Find(object key, object selection) =>
        ByKey.TryGetValue(key, out var bySelection) && bySelection.TryGetValue(selection, out var json) ? json : null;

    public static RawJson Store(object key, object selection, object completed)
    {
        var options = ExecutionResult.DefaultJsonOptions;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true }))
        {
            ResponseWriter.Write(writer, completed, options);
        }

        var json = new RawJson(buffer.WrittenSpan.ToArray());
        ByKey.GetValue(key, _ => new ConcurrentDictionary<object, RawJson>(ReferenceEqualityComparer.Instance))[selection] = json;
        return json;
    }
}
