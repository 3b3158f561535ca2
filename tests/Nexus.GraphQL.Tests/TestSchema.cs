using System.Globalization;
using System.Runtime.CompilerServices;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests;

public enum Role
{
    Learner,
    Mentor,
    Admin,
    Guest,
}

public sealed record Learner(string Id, string Name, Role Role, DateTimeOffset? Joined = null, string? Nickname = null);

public sealed record Hub(string Id, string Title, IReadOnlyList<string>? Tags, string OwnerId);

/// <summary>In-memory data behind the test schema; counts calls so tests can prove batching.</summary>
public sealed class TestData
{
    public List<Learner> Learners { get; } =
    [
        new("1", "Ada", Role.Learner, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
        new("2", "Grace", Role.Mentor),
        new("3", "Linus", Role.Admin, Nickname: "torvalds"),
    ];

    public List<Hub> Hubs { get; } =
    [
        new("h1", "GraphQL", ["api", "graphql"], "1"),
        new("h2", "Celery", null, "2"),
        new("h3", "Postgres", ["db"], "1"),
    ];

    private readonly List<IReadOnlyList<string>> _learnerBatches = [];

    public int LearnerBatchCalls
    {
        get
        {
            lock (_learnerBatches)
            {
                return _learnerBatches.Count;
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<string>> LearnerBatches
    {
        get
        {
            lock (_learnerBatches)
            {
                return [.. _learnerBatches];
            }
        }
    }

    /// <summary>Records a batch call; concurrent requests may record at the same time.</summary>
    public void RecordLearnerBatch(IReadOnlyList<string> keys)
    {
        lock (_learnerBatches)
        {
            _learnerBatches.Add(keys);
        }
    }

    public List<string> MutationLog { get; } = [];
}

/// <summary>The schema of Fixtures/test-schema.graphql, built in C# with resolvers.</summary>
public static class TestSchema
{
    public static ScalarType DateTime { get; } = new(
        "DateTime",
        value => value is DateTimeOffset time
            ? time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : throw new GraphQLCoercionException($"DateTime cannot represent value: {value}"),
        value => value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException("DateTime must be an ISO-8601 string."),
        literal => literal is StringValueNode text && DateTimeOffset.TryParse(text.Value, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new GraphQLCoercionException("DateTime must be an ISO-8601 string."),
        "A point in time, as an ISO-8601 string.",
        "https://scalars.graphql.org/andimarek/date-time");

    public static Schema Build(TestData data) => new SchemaBuilder()
        .Description("The Nexus test schema.")
        .Scalar(DateTime)
        .Interface("Node", t => t.Description("Anything with an id.").Field("id", "ID!"))
        .Interface("Named", t => t.Implements("Node")
            .Field("id", "ID!")
            .Field("name", "String", f => f.Description("The display name.")
                .ArgumentWithDefault("upper", "Boolean", false, "Upper-case the name.")))
        .Enum("Role", e => e
            .Value("LEARNER", Role.Learner)
            .Value("MENTOR", Role.Mentor, "Guides learners.")
            .Value("ADMIN", Role.Admin, deprecationReason: "Use `MENTOR`.")
            .Value("GUEST", Role.Guest, deprecationReason: BuiltInDirectives.DefaultDeprecationReason))
        .Object("Learner", t => t.Implements("Node", "Named").IsTypeOf<Learner>()
            .Field("id", "ID!")
            .Field("name", "String", f => f.ArgumentWithDefault("upper", "Boolean", false, "Upper-case the name.")
                .Resolve(c => c.Argument<bool>("upper") ? c.SourceAs<Learner>().Name.ToUpperInvariant() : c.SourceAs<Learner>().Name))
            .Field("role", "Role!")
            .Field("joined", "DateTime")
            .Field("hubs", "[Hub!]!", f => f.ArgumentWithDefault("first", "Int", 10).Argument("after", "String")
                .Resolve(c => data.Hubs.Where(h => h.OwnerId == c.SourceAs<Learner>().Id).Take(c.Argument<int>("first"))))
            .Field("nickname", "String", f => f.Deprecated("Use `name`.")))
        .Object("Hub", t => t.Implements("Node").IsTypeOf<Hub>()
            .Field("id", "ID!")
            .Field("title", "String!")
            .Field("tags", "[String!]")
            .Field("owner", "Learner", f => f.ResolveAsync(async c =>
            {
                var loader = c.DataLoader<string, Learner>("learners", async (keys, _) =>
                {
                    data.RecordLearnerBatch(keys);
                    await Task.Yield();
                    return data.Learners.Where(l => keys.Contains(l.Id)).ToDictionary(l => l.Id);
                });
                return await loader.LoadAsync(c.SourceAs<Hub>().OwnerId);
            })))
        .Union("SearchResult", u => u.Types("Learner", "Hub"))
        .Input("HubFilter", i => i
            .Field("titleContains", "String")
            .FieldWithDefault("tags", "[String!]", Array.Empty<string>())
            .FieldWithDefault("minLength", "Int", 0)
            .Field("legacy", "Boolean", deprecationReason: "Unused."))
        .Input("LearnerKey", i => i.OneOf().Field("id", "ID").Field("email", "String"))
        .Query("Root", t => t
            .Field("node", "Node", f => f.Argument("id", "ID!")
                .Resolve(c => (object?)data.Learners.FirstOrDefault(l => l.Id == c.Argument<string>("id"))
                    ?? data.Hubs.FirstOrDefault(h => h.Id == c.Argument<string>("id"))))
            .Field("learner", "Learner", f => f.Argument("key", "LearnerKey!")
                .Resolve(c => data.Learners.FirstOrDefault(l => l.Id == c.Argument<Dictionary<string, object?>>("key").GetValueOrDefault("id") as string)))
            .Field("search", "[SearchResult!]!", f => f
                .Argument("text", "String!")
                .Argument("filter", "HubFilter")
                .ArgumentWithDefault("limit", "Int", 5)
                .Argument("old", "Boolean", deprecationReason: BuiltInDirectives.DefaultDeprecationReason)
                .Resolve(c => data.Learners.Where(l => l.Name.Contains(c.Argument<string>("text"), StringComparison.OrdinalIgnoreCase)).Cast<object>()
                    .Concat(data.Hubs.Where(h => h.Title.Contains(c.Argument<string>("text"), StringComparison.OrdinalIgnoreCase)))
                    .Take(c.Argument<int>("limit"))))
            .Field("roles", "[Role!]!", _ => Enum.GetValues<Role>()))
        .Mutation("Mutation", t => t
            .Field("rename", "Learner", f => f.Argument("id", "ID!").Argument("name", "String!").ResolveAsync(async c =>
            {
                await Task.Delay(5 * (3 - data.MutationLog.Count), c.CancellationToken);
                var id = c.Argument<string>("id");
                data.MutationLog.Add(c.Argument<string>("name"));
                var index = data.Learners.FindIndex(l => l.Id == id);
                return index < 0 ? null : data.Learners[index] = data.Learners[index] with { Name = c.Argument<string>("name") };
            })))
        .Subscription("Subscription", t => t
            .Field("hubUpdated", "Hub", f => f.Argument("id", "ID!")
                .Subscribe(c => HubUpdates(data, c.Argument<string>("id"), c.CancellationToken))))
        .Directive("cached", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object], d => d.Repeatable().ArgumentWithDefault("seconds", "Int", 60))
        .Build();

    private static async IAsyncEnumerable<object?> HubUpdates(TestData data, string id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var suffix in new[] { " v2", " v3" })
        {
            await Task.Delay(1, cancellationToken);
            var hub = data.Hubs.First(h => h.Id == id);
            yield return hub with { Title = hub.Title + suffix };
        }
    }
}
