using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Spec section 6.3: executes selection sets (serially for mutations, concurrently otherwise), resolves
/// fields and completes their values, propagating nulls to the nearest nullable parent.
/// </summary>
internal sealed partial class Executor(ExecutionState state)
{
    public async Task<ExecutionResult> ExecuteOperationAsync(object? rootValue)
    {
        var rootType = state.Schema.RootType(state.Operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.RequestError(GraphQLError.At(
                $"Schema is not configured to execute {Printer.OperationKeyword(state.Operation.Operation)} operation.", state.Operation));
        }

        IReadOnlyDictionary<string, object?>? data;
        try
        {
            var fields = CollectFields(rootType, state.Operation.SelectionSet, [state.Operation.SelectionSet]);
            data = state.Operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSeriallyAsync(rootType, rootValue, null, fields)
                : await ExecuteFieldsAsync(rootType, rootValue, null, fields);
        }
        catch (NullPropagationException propagation)
        {
            state.AddError(propagation.Error);
            data = null;
        }
        catch (GraphQLCoercionException exception)
        {
            // A @skip/@include condition that does not coerce (only possible in documents that skipped validation).
            state.AddError(GraphQLError.At(exception.Message, state.Operation));
            data = null;
        }

        var errors = state.Errors;
        return new ExecutionResult { Data = data, HasData = true, Errors = errors.Count > 0 ? errors : null };
    }

    /// <summary>
    /// The fields of <paramref name="selection"/> on <paramref name="type"/>. The same type and selection always collect the
    /// same way (within a request, or for every request when no variable decides @skip/@include), and the field nodes of a
    /// cached collection are the same list objects each time, so sub-selections are found again by reference.
    /// </summary>
    private CollectedFields CollectFields(ObjectType type, object selection, IEnumerable<SelectionSetNode> selectionSets)
    {
        var key = new SelectionKey(type, selection);
        if (!state.CollectedFields.TryGetValue(key, out var fields))
        {
            fields = new CollectedFields(FieldCollector.Collect(state.Schema, type, selectionSets, state.Fragments, state.Variables),
                node => FieldDefinition(type, node));
            fields = state.CollectedFields.GetOrAdd(key, fields);
        }

        return fields;
    }

    private CollectedFields CollectSubfields(ObjectType type, List<FieldNode> nodes) =>
        CollectFields(type, nodes, nodes.Select(n => n.SelectionSet).OfType<SelectionSetNode>());

    private async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsSeriallyAsync(ObjectType type, object? source,
        ResponsePath? path, CollectedFields fields)
    {
        var values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            values[i] = await ExecuteFieldAsync(type, source, fields, i, path);
        }

        return new ResultMap(fields, values);
    }

    private async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsAsync(ObjectType type, object? source,
        ResponsePath? path, CollectedFields fields)
    {
        // Start every field before awaiting any, so their asynchronous work (and DataLoader keys) overlap.
        var values = new object?[fields.Count];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var value = ExecuteFieldAsync(type, source, fields, i, path);
            if (value.IsCompletedSuccessfully)
            {
                values[i] = value.Result;
            }
            else
            {
                (pending ??= []).Add((i, value));
            }
        }

        NullPropagationException? propagation = null;
        foreach (var (index, value) in pending ?? [])
        {
            try
            {
                values[index] = await value;
            }
            catch (NullPropagationException exception)
            {
                propagation ??= exception;
            }
        }

        return propagation is null ? new ResultMap(fields, values) : throw propagation;
    }

    private FieldDefinition? FieldDefinition(ObjectType type, FieldNode node) =>
        TypeInfo.GetFieldDefinition(state.Schema, type, node.Name.Value);

    private ValueTask<object?> ExecuteFieldAsync(ObjectType parentType, object? source, CollectedFields fields, int index,
        ResponsePath? parentPath)
    {
        var (field, nodes, key) = (fields.Definitions[index], fields.Nodes[index], fields.Keys[index]);
        if (field.Resolver is not null || field.Type.Nullable is not (ScalarType or EnumType))
        {
            return ExecuteResolvedFieldAsync(parentType, source, field, nodes, new ResponsePath(parentPath, key));
        }

        // Most of a response is leaf fields read from their source: they complete without a state machine, a resolver
        // context or (unless they fail) a response path.
        try
        {
            state.ThrowIfCancelled();
            var value = state.IsSubscriptionEvent && parentPath is null ? source : fields.Read(index, source);
            return ValueTask.FromResult(CompleteLeafValue(field.Type, new FieldScope(parentType, field, nodes, null), value));
        }
        catch (Exception exception)
        {
            return ValueTask.FromResult(FieldFailed(exception, field, nodes, new ResponsePath(parentPath, key)));
        }
    }

    private async ValueTask<object?> ExecuteResolvedFieldAsync(ObjectType parentType, object? source, FieldDefinition field,
        List<FieldNode> nodes, ResponsePath path)
    {
        try
        {
            state.ThrowIfCancelled();
            var arguments = Coercion.CoerceArguments(field.Arguments, nodes[0].Arguments, state.Variables);
            var context = field.Resolver is null && field.Type.IsLeafType
                ? null
                : new ResolveContext(state, source, parentType, field, nodes, arguments, path);
            var value = await ResolveFieldValueAsync(field, context, source, path);
            var scope = new FieldScope(parentType, field, nodes, context);
            return ReusableKey(field, nodes, value) is { } key
                ? CompletedValues.Find(key, nodes) ?? await CompleteReusableValueAsync(key, scope, path, value!)
                : await CompleteValueAsync(field.Type, scope, path, value);
        }
        catch (Exception exception)
        {
            return FieldFailed(exception, field, nodes, path);
        }
    }

    /// <summary>The key to reuse this field's completed value by, when the field declares one and the selection is constant.</summary>
    private object? ReusableKey(FieldDefinition field, List<FieldNode> nodes, object? value) =>
        field.CompletedValueKey is { } keyOf && value is not null && state.Request.Options.ReuseCompletedValues
            && state.Plan.IsConstant(nodes) ? keyOf(value) : null;

    private async ValueTask<object?> CompleteReusableValueAsync(object key, FieldScope scope, ResponsePath path, object value)
    {
        var errorsBefore = state.ErrorCount;
        var completed = await CompleteValueAsync(scope.Field.Type, scope, path, value);

        // Any error (even a sibling's, interleaved) means this completion may not be the selection's whole truth: not kept.
        return completed is not null && state.ErrorCount == errorsBefore ? CompletedValues.Store(key, scope.Nodes, completed) : completed;
    }

    /// <summary>A field's error: recorded with the field's value nulled, or propagated when the field is non-null.</summary>
    private object? FieldFailed(Exception exception, FieldDefinition field, List<FieldNode> nodes, ResponsePath path)
    {
        var error = exception is NullPropagationException propagation ? propagation.Error : LocateError(exception, nodes, path);
        if (field.Type is NonNullType)
        {
            throw exception as NullPropagationException ?? new NullPropagationException(error);
        }

        state.AddError(error);
        return null;
    }

    private ValueTask<object?> ResolveFieldValueAsync(FieldDefinition field, ResolveContext? context, object? source, ResponsePath path)
    {
        if (field.Resolver is { } resolver)
        {
            var resolved = resolver(context!);

            // A synchronous resolver may hand back a task (e.g. a repository call); its result is the value.
            return resolved.IsCompletedSuccessfully && resolved.Result is not Task ? resolved : UnwrapAsync(resolved);
        }

        // A subscription event is the value of the root field unless the field says otherwise.
        var value = state.IsSubscriptionEvent && path.Previous is null ? source : DefaultFieldResolver.Resolve(source, field.Name);
        return ValueTask.FromResult(value);
    }

    private static async ValueTask<object?> UnwrapAsync(ValueTask<object?> pending)
    {
        var resolved = await pending;
        return resolved is Task task ? await AwaitResult(task) : resolved;
    }

    private static async Task<object?> AwaitResult(Task task)
    {
        await task;

        // A plain Task is often a Task<VoidTaskResult> at run time; that "result" is not a value.
        var type = task.GetType();
        return type.IsGenericType && type.GetProperty(nameof(Task<object>.Result)) is { } result && result.PropertyType.Name != "VoidTaskResult"
            ? result.GetValue(task)
            : null;
    }

    private GraphQLError LocateError(Exception exception, List<FieldNode> nodes, ResponsePath path)
    {
        var located = GraphQLError.At(MessageOf(exception), [.. nodes]);
        return located with
        {
            Path = path.ToList(),
            Extensions = (exception as GraphQLException)?.Extensions,
        };
    }

    private string MessageOf(Exception exception) => exception switch
    {
        GraphQLException or GraphQLCoercionException => exception.Message,
        OperationCanceledException => "The operation was cancelled.",
        _ when state.Request.Options.MaskUnexpectedErrors => "Unexpected error.",
        _ => exception.Message,
    };
}
