using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Types;

/// <summary>Produces a field's value; may complete synchronously (a completed ValueTask) or asynchronously.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>Produces the source event stream of a subscription root field.</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> StreamResolver(ResolveContext context);

public sealed class FieldDefinition(string name, GraphQLType type, IReadOnlyList<InputValueDefinition> arguments,
    string? description = null, string? deprecationReason = null)
{
    public string Name { get; } = Names.Validate(name);

    public GraphQLType Type { get; } = type;

    public IReadOnlyList<InputValueDefinition> Arguments { get; } = arguments;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Null means the default resolver (dictionary key or public property of the source).</summary>
    public FieldResolver? Resolver { get; init; }

    public StreamResolver? Subscriber { get; init; }

    /// <summary>
    /// When set, the field's completed value is a function of this key of its resolved value and of the selection alone
    /// (see <see cref="FieldBuilder.ReuseCompletedValueBy"/>); the engine keeps the value's JSON per key and reuses it.
    /// </summary>
    public Func<object, object?>? CompletedValueKey { get; init; }

    /// <summary>Assumed list size for cost analysis when no first/limit argument says otherwise.</summary>
    public int? ListSizeHint { get; init; }

    public InputValueDefinition? Argument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
}
