using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.Web.Features.GraphQL;

/// <summary>The schema over the Nexus domain and the execution options every operation runs under (config section GraphQL).</summary>
public sealed class NexusSchema
{
    public NexusSchema(GraphQLApiOptions options, IHostEnvironment environment)
    {
        Options = options;
        Schema = new SchemaBuilder()
            .Description("Nexus: learners' hubs, the technology and concept catalogue, live hub updates.")
            .Scalar(DateTimeScalar.Type)
            .AddQueryType(options)
            .AddHubTypes(options)
            .AddReferenceTypes(options)
            .AddMutationType()
            .AddSubscriptionType()
            .Build();
        var persisted = PersistedDocuments.Load(options.PersistedDocumentsFile, environment.ContentRootPath);
        Execution = new ExecutionOptions
        {
            MaxDepth = options.MaxDepth,
            MaxCost = options.MaxCost,
            MaxAliases = options.MaxAliases,
            MaxFields = options.MaxFields,
            Timeout = options.Timeout,
            EnableIntrospection = options.EnableIntrospection,
            DocumentCache = new DocumentCache(options.DocumentCacheSize),
            PersistedDocuments = persisted,
            OnlyPersistedDocuments = options.OnlyPersistedDocuments,
            // Resolver bugs must not leak internals (SQL, paths) to clients; coded domain errors keep their messages.
            MaskUnexpectedErrors = true,
            // hub(slug:) writes a cached hub's JSON once per selection, as REST does (QueryType).
            ReuseCompletedValues = true,
        };
    }

    public Schema Schema { get; }

    public ExecutionOptions Execution { get; }

    public GraphQLApiOptions Options { get; }
}
