using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Types;

/// <summary>Behaviour for a schema written in SDL: resolvers by schema coordinate ("Type.field"), scalars, type resolution.</summary>
public sealed class SdlResolvers
{
    internal Dictionary<string, FieldResolver> Resolvers { get; } = [];

    internal Dictionary<string, StreamResolver> Subscribers { get; } = [];

    internal Dictionary<string, ScalarType> Scalars { get; } = [];

    internal Dictionary<string, Func<object, string?>> TypeResolvers { get; } = [];

    internal Dictionary<string, Func<object, bool>> TypeChecks { get; } = [];

    internal Dictionary<(string Type, string Value), object> EnumValues { get; } = [];

    public SdlResolvers Resolve(string coordinate, Func<ResolveContext, object?> resolve)
    {
        Resolvers[coordinate] = context => ValueTask.FromResult(resolve(context));
        return this;
    }

    public SdlResolvers ResolveAsync(string coordinate, FieldResolver resolve)
    {
        Resolvers[coordinate] = resolve;
        return this;
    }

    public SdlResolvers Subscribe(string coordinate, Func<ResolveContext, IAsyncEnumerable<object?>> subscribe)
    {
        Subscribers[coordinate] = context => ValueTask.FromResult(subscribe(context));
        return this;
    }

    /// <summary>Implements a scalar the SDL declares; undeclared implementations pass values through.</summary>
    public SdlResolvers Scalar(ScalarType scalar)
    {
        Scalars[scalar.Name] = scalar;
        return this;
    }

    public SdlResolvers ResolveType(string abstractType, Func<object, string?> resolveType)
    {
        TypeResolvers[abstractType] = resolveType;
        return this;
    }

    public SdlResolvers IsTypeOf(string objectType, Func<object, bool> isTypeOf)
    {
        TypeChecks[objectType] = isTypeOf;
        return this;
    }

    /// <summary>The CLR value an enum value stands for (its name when not given).</summary>
    public SdlResolvers EnumValue(string enumType, string valueName, object value)
    {
        EnumValues[(enumType, valueName)] = value;
        return this;
    }
}
