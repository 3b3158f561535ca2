using System.Runtime.CompilerServices;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Validation;
using Nexus.GraphQL.Validation.Rules;

namespace Nexus.GraphQL.Execution;

/// <summary>The engine's entry point: parse, validate, check limits, coerce variables, execute (spec section 6).</summary>
public static class GraphQLExecutor
{
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        var (prepared, failure) = Prepare(request);
        if (prepared is null)
        {
            return failure!;
        }

        return await RunAsync(request, prepared, request.RootValue, isSubscriptionEvent: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a subscription: each event of the root field's source stream is executed as a response.
    /// A request error (or a failure to create the stream) is yielded as a single result.
    /// </summary>
    public static async IAsyncEnumerable<ExecutionResult> SubscribeAsync(ExecutionRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (prepared, failure) = Prepare(request);
        if (prepared is null)
        {
            yield return failure!;
            yield break;
        }

        if (prepared.Operation.Operation != OperationType.Subscription)
        {
            yield return await RunAsync(request, prepared, request.RootValue, isSubscriptionEvent: false).ConfigureAwait(false);
            yield break;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken, cancellationToken);
        var (stream, streamError) = await SourceStream.CreateAsync(request, prepared, linked.Token).ConfigureAwait(false);
        if (stream is null)
        {
            yield return streamError!;
            yield break;
        }

        await foreach (var payload in stream.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            yield return await RunAsync(request, prepared, payload, isSubscriptionEvent: true).ConfigureAwait(false);
        }
    }

    private static async Task<ExecutionResult> RunAsync(ExecutionRequest request, PreparedOperation prepared, object? rootValue,
        bool isSubscriptionEvent)
    {
        var timeout = request.Timeout ?? request.Options.Timeout;
        using var state = new ExecutionState(request, prepared, timeout) { IsSubscriptionEvent = isSubscriptionEvent };
        try
        {
            var result = await new ExecutionScheduler(state).RunAsync(() => new Executor(state).ExecuteOperationAsync(rootValue))
                .ConfigureAwait(false);

            // Resolvers that observed the caller's cancellation turned it into field errors; the caller wants the exception.
            request.CancellationToken.ThrowIfCancellationRequested();
            return state.TimedOut ? TimedOut(timeout) : result;
        }
        catch (OperationCanceledException) when (!request.CancellationToken.IsCancellationRequested)
        {
            return TimedOut(timeout);
        }
    }

    private static ExecutionResult TimedOut(TimeSpan? timeout) => new()
    {
        HasData = true,
        Errors =
        [
            new GraphQLError($"The operation timed out after {timeout?.TotalMilliseconds ?? 0} ms.",
                Extensions: new Dictionary<string, object?> { ["code"] = "OPERATION_TIMEOUT" }),
        ],
    };

    /// <summary>Everything before execution; returns either the prepared operation or the request-error result.</summary>
    internal static (PreparedOperation? Prepared, ExecutionResult? Failure) Prepare(ExecutionRequest request)
    {
        var (document, documentError) = LoadDocument(request);
        if (document is null)
        {
            return (null, ExecutionResult.RequestError(documentError!));
        }

        if (document.Errors.Count > 0)
        {
            return (null, ExecutionResult.RequestError(document.Errors));
        }

        var plan = document.PlanFor(request.OperationName, out var operationError);
        if (plan is null)
        {
            return (null, ExecutionResult.RequestError(operationError!));
        }

        var errors = new List<GraphQLError>();
        var variables = Coercion.CoerceVariables(request.Schema, plan.Operation, request.Variables, errors);
        var prepared = new PreparedOperation(plan, variables);
        errors.AddRange(plan.CheckLimits(request.Schema, request.Options, prepared));

        return errors.Count > 0 ? (null, ExecutionResult.RequestError(errors)) : (prepared, null);
    }

    /// <summary>The parsed and validated document: the given one, or the query text's from the cache (parsed on a miss).</summary>
    private static (CachedDocument? Document, GraphQLError? Error) LoadDocument(ExecutionRequest request)
    {
        if (request.Document is { } given)
        {
            return (new CachedDocument(given, Validate(request, given)), null);
        }

        var (query, queryError) = ResolveQueryText(request);
        if (query is null)
        {
            return (null, queryError);
        }

        var cached = request.Options.DocumentCache is { } cache
            ? cache.GetOrAdd(query, text => ParseAndValidate(request, text))
            : ParseAndValidate(request, query);
        return (cached, null);
    }

    /// <summary>The text to run: the persisted document for an id, or the query text when the allow-list permits it.</summary>
    private static (string? Query, GraphQLError? Error) ResolveQueryText(ExecutionRequest request)
    {
        var persisted = request.Options.PersistedDocuments;
        if (request.DocumentId is { } id)
        {
            return persisted?.GetValueOrDefault(id) is { } text
                ? (text, null)
                : (null, Coded($"Persisted document \"{id}\" was not found.", "PERSISTED_DOCUMENT_NOT_FOUND"));
        }

        if (string.IsNullOrEmpty(request.Query))
        {
            return (null, new GraphQLError("Must provide query string."));
        }

        return request.Options.OnlyPersistedDocuments && persisted?.ContainsKey(DocumentCache.Hash(request.Query)) != true
            ? (null, Coded("Only persisted documents may be executed.", "PERSISTED_DOCUMENT_REQUIRED"))
            : (request.Query, null);
    }

    private static GraphQLError Coded(string message, string code) =>
        new(message, Extensions: new Dictionary<string, object?> { ["code"] = code });

    private static CachedDocument ParseAndValidate(ExecutionRequest request, string query)
    {
        try
        {
            var document = Parser.Parse(query, request.Options.Parser);
            return new CachedDocument(document, Validate(request, document));
        }
        catch (GraphQLSyntaxError error)
        {
            return new CachedDocument(null, [new GraphQLError(error.Message, [error.Location])]);
        }
    }

    private static IReadOnlyList<GraphQLError> Validate(ExecutionRequest request, DocumentNode document)
    {
        var rules = request.Options.EnableIntrospection
            ? request.Options.ValidationRules
            : [.. request.Options.ValidationRules, new NoSchemaIntrospectionRule()];
        return DocumentValidator.Validate(request.Schema, document, rules);
    }
}
