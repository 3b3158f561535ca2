using System.Collections;
using System.Text.Json;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Writes completed result values (maps, lists, serialized scalars) straight to JSON. Generic
/// serialization of object-typed dictionaries costs several times more than executing the query.
/// </summary>
internal static class ResponseWriter
{
    public static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case RawJson json:
                writer.WriteRawValue(json.Utf8.Span, skipInputValidation: true);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.EncodedKeys[i]);
                    Write(writer, map.ValueAt(i), options);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }

                writer.WriteEndObject();
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                // Custom scalars may serialize to any JSON-serializable value.
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}
