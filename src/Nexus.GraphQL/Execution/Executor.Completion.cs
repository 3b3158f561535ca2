using System.Collections;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

internal sealed partial class Executor
{
    /// <summary>Spec CompleteValue: checks non-null, walks lists, serializes leaves and executes sub-selections.</summary>
    private async ValueTask<object?> CompleteValueAsync(GraphQLType type, List<FieldNode> nodes, ResolveContext context,
        ResponsePath path, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(nonNull.OfType, nodes, context, path, value);
            return completed ?? throw new GraphQLException(
                $"Cannot return null for non-nullable field {context.ParentType.Name}.{context.Field.Name}.");
        }

        return value switch
        {
            null => null,
            _ when type is ListType list => await CompleteListAsync(list, nodes, context, path, value),
            _ when type is ScalarType scalar => scalar.Serialize(value) ??
                throw new GraphQLException($"Expected `{scalar.Name}.serialize()` to return non-nullable value, returned: null"),
            _ when type is EnumType enumType => enumType.Serialize(value),
            _ when type is ObjectType objectType => await CompleteObjectAsync(objectType, nodes, context, path, value),
            _ => await CompleteObjectAsync(ResolveAbstractType((NamedType)type, context, value), nodes, context, path, value),
        };
    }

    private async ValueTask<object?> CompleteListAsync(ListType type, List<FieldNode> nodes, ResolveContext context,
        ResponsePath path, object value)
    {
        if (value is string or IDictionary || value is not IEnumerable items)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.Field.Name}\".");
        }

        var pending = new List<ValueTask<object?>>();
        var index = 0;
        foreach (var item in items)
        {
            pending.Add(CompleteItemAsync(type.OfType, nodes, context, path.Append(index++), item));
        }

        var results = new List<object?>(pending.Count);
        NullPropagationException? propagation = null;
        foreach (var item in pending)
        {
            try
            {
                results.Add(await item);
            }
            catch (NullPropagationException exception)
            {
                propagation ??= exception;
            }
        }

        return propagation is null ? results : throw propagation;
    }

    /// <summary>Completes one list item; an error in a nullable item nulls just that item.</summary>
    private async ValueTask<object?> CompleteItemAsync(GraphQLType itemType, List<FieldNode> nodes, ResolveContext context,
        ResponsePath path, object? item)
    {
        try
        {
            return await CompleteValueAsync(itemType, nodes, context, path, item);
        }
        catch (Exception exception)
        {
            var error = exception is NullPropagationException propagation ? propagation.Error : LocateError(exception, nodes, path);
            if (itemType is NonNullType)
            {
                throw exception as NullPropagationException ?? new NullPropagationException(error);
            }

            state.AddError(error);
            return null;
        }
    }

    private async ValueTask<object?> CompleteObjectAsync(ObjectType type, List<FieldNode> nodes, ResolveContext context,
        ResponsePath path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, context))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.");
        }

        return await ExecuteFieldsAsync(type, value, path, CollectSubfields(type, nodes));
    }

    /// <summary>Finds the object type of a value of an interface or union: its type resolver, then isTypeOf, then __typename or the CLR type name.</summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, ResolveContext context, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var possible = state.Schema.GetPossibleTypes(abstractType);
        var name = resolver?.Invoke(value, context)
            ?? possible.FirstOrDefault(t => t.IsTypeOf?.Invoke(value, context) == true)?.Name
            ?? (DefaultFieldResolver.Resolve(value, "__typename") as string)
            ?? possible.FirstOrDefault(t => t.Name == value.GetType().Name)?.Name;
        if (name is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
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
