using System.Collections;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>Spec CompleteValue: checks non-null, walks lists, serializes leaves and executes sub-selections.</summary>
    private async ValueTask<object?> CompleteValueAsync(GraphQLType type, FieldScope scope, ResponsePath path, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(nonNull.OfType, scope, path, value);
            return completed ?? throw new GraphQLException(
                $"Cannot return null for non-nullable field {scope.Coordinate}.");
        }

        return value switch
        {
            null => null,
            _ when type is ListType list => await CompleteListAsync(list, scope, path, value),
            _ when type is ScalarType or EnumType => CompleteLeafValue(type, scope, value),
            _ when type is ObjectType objectType => await CompleteObjectAsync(objectType, scope, path, value),
            _ => await CompleteObjectAsync(ResolveAbstractType((NamedType)type, scope, value), scope, path, value),
        };
    }

    /// <summary>CompleteValue for a (possibly non-null) scalar or enum: synchronous, as serializing a leaf is.</summary>
    private static object? CompleteLeafValue(GraphQLType type, FieldScope scope, object? value)
    {
        if (type is NonNullType nonNull)
        {
            return CompleteLeafValue(nonNull.OfType, scope, value) ?? throw new GraphQLException(
                $"Cannot return null for non-nullable field {scope.Coordinate}.");
        }

        return value switch
        {
            null => null,
            _ when type is ScalarType scalar => scalar.Serialize(value) ??
                throw new GraphQLException($"Expected `{scalar.Name}.serialize()` to return non-nullable value, returned: null"),
            _ => ((EnumType)type).Serialize(value),
        };
    }

    private async ValueTask<object?> CompleteListAsync(ListType type, FieldScope scope, ResponsePath path, object value)
    {
        if (value is string or IDictionary || value is not IEnumerable items)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{scope.Coordinate}\".");
        }

        // Complete every item before awaiting any; most complete synchronously and need no bookkeeping.
        var results = new List<object?>(items is ICollection collection ? collection.Count : 4);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        foreach (var item in items)
        {
            var completion = CompleteItemAsync(type.OfType, scope, path.Append(results.Count), item);
            if (completion.IsCompletedSuccessfully)
            {
                results.Add(completion.Result);
                continue;
            }

            (pending ??= []).Add((results.Count, completion));
            results.Add(null);
        }

        NullPropagationException? propagation = null;
        foreach (var (index, completion) in pending ?? [])
        {
            try
            {
                results[index] = await completion;
            }
            catch (NullPropagationException exception)
            {
                propagation ??= exception;
            }
        }

        return propagation is null ? results : throw propagation;
    }

    /// <summary>Completes one list item; an error in a nullable item nulls just that item.</summary>
    private async ValueTask<object?> CompleteItemAsync(GraphQLType itemType, FieldScope scope, ResponsePath path, object? item)
    {
        try
        {
            return await CompleteValueAsync(itemType, scope, path, item);
        }
        catch (Exception exception)
        {
            var error = exception is NullPropagationException propagation ? propagation.Error : LocateError(exception, scope.Nodes, path);
            if (itemType is NonNullType)
            {
                throw exception as NullPropagationException ?? new NullPropagationException(error);
            }

            state.AddError(error);
            return null;
        }
    }

    private async ValueTask<object?> CompleteObjectAsync(ObjectType type, FieldScope scope, ResponsePath path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, scope.Context!))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.");
        }

        return await ExecuteFieldsAsync(type, value, path, CollectSubfields(type, scope.Nodes));
    }

    /// <summary>Finds the object type of a value of an interface or union: its type resolver, then isTypeOf, then __typename or the CLR type name.</summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, FieldScope scope, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var possible = state.Schema.GetPossibleTypes(abstractType);
        var context = scope.Context!;
        var name = resolver?.Invoke(value, context)
            ?? possible.FirstOrDefault(t => t.IsTypeOf?.Invoke(value, context) == true)?.Name
            ?? (DefaultFieldResolver.Resolve(value, "__typename") as string)
            ?? possible.FirstOrDefault(t => t.Name == value.GetType().Name)?.Name;
        if (name is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{scope.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        return state.Schema.GetType(name) switch
        {
            ObjectType objectType when possible.Contains(objectType) => objectType,
            ObjectType objectType => throw new GraphQLException(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\"."),
            _ => throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema."),
        };
    }
}
