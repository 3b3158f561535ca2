using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// The spec's response: <c>errors</c> (when any) and <c>data</c> (absent when execution did not start,
/// for example after a validation error). Data maps keep the field order of the operation.
/// </summary>
[JsonConverter(typeof(ExecutionResultConverter))]
public sealed record ExecutionResult
{
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>False for request errors (nothing executed), so the response has no "data" entry.</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static ExecutionResult RequestError(params GraphQLError[] errors) => new() { Errors = errors };

    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>Serializes the response; by default without HTML-safe escaping, since responses are plain JSON.</summary>
    public string ToJson(JsonSerializerOptions? options = null) => JsonSerializer.Serialize(this, options ?? DefaultJsonOptions);

    /// <summary>Writes the response as UTF-8 JSON straight into <paramref name="output"/> (a response body, a socket buffer).</summary>
    public void WriteTo(IBufferWriter<byte> output, JsonSerializerOptions? options = null)
    {
        options ??= DefaultJsonOptions;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
        ExecutionResultConverter.WriteResult(writer, this, options);
    }

    internal static readonly JsonSerializerOptions DefaultJsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

internal sealed class ExecutionResultConverter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are only written.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options) =>
        WriteResult(writer, value, options);

    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.HasData)
        {
            writer.WritePropertyName("data");
            ResponseWriter.Write(writer, value.Data, options);
        }

        if (value.Extensions is not null)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, value.Extensions, options);
        }

        writer.WriteEndObject();
    }
}
