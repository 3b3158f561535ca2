using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>One GraphQL request: the schema, the document (as text or parsed) and everything execution needs.</summary>
public sealed record ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>The document text; parsed (and cached when <see cref="ExecutionOptions.DocumentCache"/> is set).</summary>
    public string? Query { get; init; }

    /// <summary>A persisted document's id ("sha256:&lt;hex&gt;"), looked up in <see cref="ExecutionOptions.PersistedDocuments"/>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>An already parsed document; takes precedence over <see cref="Query"/>.</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values: CLR values, or System.Text.Json elements anywhere inside (see <see cref="JsonInput"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public object? RootValue { get; init; }

    /// <summary>Anything the host wants resolvers to see, such as the current user.</summary>
    public object? Context { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Overrides <see cref="ExecutionOptions.Timeout"/> for this request.</summary>
    public TimeSpan? Timeout { get; init; }

    public ExecutionOptions Options { get; init; } = ExecutionOptions.Default;

    public CancellationToken CancellationToken { get; init; }
}
