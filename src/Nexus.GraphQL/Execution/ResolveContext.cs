using System.Text.Json;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>Everything a resolver may need: its source value, coerced arguments, the request's services and cancellation.</summary>
public sealed class ResolveContext
{
    internal ResolveContext(ExecutionState execution, object? source, ObjectType parentType, FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        Execution = execution;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments;
        Path = path;
    }

    public object? Source { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ResponsePath Path { get; }

    public Schema Schema => Execution.Schema;

    public IServiceProvider? Services => Execution.Request.Services;

    public object? UserContext => Execution.Request.Context;

    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    public OperationDefinitionNode Operation => Execution.Operation;

    public CancellationToken CancellationToken => Execution.CancellationToken;

    internal ExecutionState Execution { get; }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>A service from the request's provider, or null when there is none.</summary>
    public T? Service<T>() where T : class => Services?.GetService(typeof(T)) as T;

    /// <summary>The source value as <typeparamref name="T"/>.</summary>
    public T SourceAs<T>() => (T)Source!;

    /// <summary>The coerced argument converted to <typeparamref name="T"/> (input objects map onto records or classes).</summary>
    public T Argument<T>(string name)
    {
        var value = Arguments.GetValueOrDefault(name);
        return value switch
        {
            T typed => typed,
            null => default!,
            _ => ArgumentConverter.Convert<T>(value),
        };
    }

    /// <summary>The per-request loader registered under <paramref name="key"/>, created on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string key,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull => Execution.DataLoaders.GetOrAdd(key, batch);
}

internal static class ArgumentConverter
{
    /// <summary>Converts coerced input (dictionaries, lists, scalars) by a JSON round trip; inputs are small.</summary>
    public static T Convert<T>(object value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value), Options)!;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
