namespace Nexus.Web.Features.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: the safety limits every operation runs under.</summary>
public sealed class GraphQLApiOptions
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 12;

    /// <summary>Estimated cost: each field costs 1 times the sizes of the lists around it (first: arguments count).</summary>
    public int MaxCost { get; set; } = 50_000;

    public int MaxAliases { get; set; } = 30;

    public int MaxFields { get; set; } = 500;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool EnableIntrospection { get; set; } = true;

    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>A JSON file (relative to the content root) mapping "sha256:&lt;hex&gt;" ids to documents, as graphql-codegen writes it.</summary>
    public string? PersistedDocumentsFile { get; set; }

    /// <summary>Allow-list mode: only the persisted documents run.</summary>
    public bool OnlyPersistedDocuments { get; set; }

    /// <summary>How long a WebSocket may stay open without connection_init before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest page a connection returns.</summary>
    public int MaxPageSize { get; set; } = 100;
}
