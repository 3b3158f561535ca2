using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Types;

/// <summary>Fluent configuration of one output field: arguments, resolver, description, deprecation.</summary>
public sealed class FieldBuilder(string name, string type)
{
    private readonly List<InputValueConfig> _arguments = [];
    private string? _description;
    private string? _deprecationReason;
    private FieldResolver? _resolver;
    private Func<object, object?>? _completedValueKey;
    private StreamResolver? _subscriber;
    private int? _listSize;

    public FieldBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _deprecationReason = reason;
        return this;
    }

    public FieldBuilder Argument(string argumentName, string argumentType, string? description = null, string? deprecationReason = null)
    {
        _arguments.Add(new InputValueConfig(argumentName, argumentType, description, DeprecationReason: deprecationReason));
        return this;
    }

    /// <summary>Adds an argument with a default, given as a CLR value or a parsed literal (ValueNode).</summary>
    public FieldBuilder ArgumentWithDefault(string argumentName, string argumentType, object? defaultValue, string? description = null)
    {
        _arguments.Add(new InputValueConfig(argumentName, argumentType, description, defaultValue, HasDefault: true));
        return this;
    }

    public FieldBuilder Resolve(Func<ResolveContext, object?> resolve)
    {
        _resolver = context => ValueTask.FromResult(resolve(context));
        return this;
    }

    public FieldBuilder ResolveAsync(FieldResolver resolve)
    {
        _resolver = resolve;
        return this;
    }

    public FieldBuilder ResolveAsync<T>(Func<ResolveContext, Task<T>> resolve)
    {
        // No ConfigureAwait(false): continuations must return to the execution scheduler, or DataLoader
        // batching would see a wave end before this resolver's result arrives.
        _resolver = async context => await resolve(context);
        return this;
    }

    /// <summary>For subscription root fields: the source stream; each event becomes the field's source value.</summary>
    public FieldBuilder Subscribe(Func<ResolveContext, IAsyncEnumerable<object?>> subscribe)
    {
        _subscriber = context => ValueTask.FromResult(subscribe(context));
        return this;
    }

    /// <summary>
    /// Declares that the JSON this field's selection produces depends only on <paramref name="key"/> of the resolved value
    /// (an immutable object, such as a cache entry) and on the selection: not on the caller, the time, or anything else
    /// below it. The engine then completes each selection once per key object, keeps the JSON as long as the key object
    /// lives, and writes it again for later requests. Selections that use variables, and completions with errors, are never
    /// reused. Authorization stays in the resolver, which runs on every request.
    /// </summary>
    public FieldBuilder ReuseCompletedValueBy(Func<object, object?> key)
    {
        _completedValueKey = key;
        return this;
    }

    /// <summary>The list size cost analysis assumes when the query gives no first/limit argument.</summary>
    public FieldBuilder ListSize(int size)
    {
        _listSize = size;
        return this;
    }

    internal FieldDefinition Build(TypeRegistry registry, string typeName)
    {
        var coordinate = $"{typeName}.{name}";
        var arguments = _arguments.Select(a => a.Build(registry, $"{coordinate}({a.Name}:)")).ToList();
        return new FieldDefinition(name, registry.Resolve(type, coordinate), arguments, _description, _deprecationReason)
        {
            Resolver = _resolver,
            Subscriber = _subscriber,
            ListSizeHint = _listSize,
            CompletedValueKey = _completedValueKey,
        };
    }
}
