using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Revisions;
using Microsoft.EntityFrameworkCore;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// The Hub type and its parts, mirroring the REST hub JSON. A Hub's source is a stored <see cref="Hub"/> (its parts
/// come from DataLoaders), a <see cref="HubView"/> of the per-node cache, or a <see cref="HubResponse"/> (an import
/// preview, complete in itself). Every field must depend on the hub alone, never on the caller: <c>hub(slug:)</c>
/// reuses the JSON of a cached hub's selection for every caller allowed to read it.
/// </summary>
public static class HubTypes
{
    public static SchemaBuilder AddHubTypes(this SchemaBuilder schema, GraphQLApiOptions options) => schema
        .Enum("Visibility", e => e
            .Description("Who may read a hub: anyone, signed-in members of the owner's cohort (and mentors), or only the owner.")
            .Value("PUBLIC", "public").Value("COHORT", "cohort").Value("PRIVATE", "private"))
        .Enum("Track", e => e.Value("BACKEND", "backend").Value("FRONTEND", "frontend").Value("FULLSTACK", "fullstack"))
        .Object("Learner", t => t
            .Description("A learner's public profile.")
            .Field("handle", "String!").Field("displayName", "String!").Field("track", "Track!").Field("cohort", "String!")
            .Field("github", "String"))
        .Object("Hub", t => t
            .Description("A learner's hub: the structured README of what they learned.")
            .Field("slug", "String!").Field("title", "String!").Field("summary", "String!")
            .Field("visibility", "Visibility!", c => c.Source switch
            {
                Hub hub => hub.Visibility.ToWire(),
                HubView view => view.Cached.Hub.Visibility,
                HubResponse response => response.Visibility,
                _ => null,
            })
            .Field("version", "String", f => f
                .Description("The hub's current version (its ETag without quotes); pass it to updateHub. Null for previews.")
                .Resolve(c => c.Source switch
                {
                    Hub hub => HubEtag.For(hub).Trim('"'),
                    HubView view => HubEtag.For(view.Cached.Meta.Id, view.Cached.Meta.Version).Trim('"'),
                    _ => null,
                }))
            .Field("owner", "Learner!", c => c.Source switch
            {
                Hub hub => HubMapper.ToOwner(hub.Owner),
                HubView view => view.Cached.Hub.Owner,
                HubResponse response => response.Owner,
                _ => null,
            })
            .Field("sections", "[Section!]!", f => f.ResolveAsync(c => Part(c, r => r.Sections, HubLoaders.SectionsAsync)))
            .Field("technologies", "[Topic!]!", f => f.ResolveAsync(c =>
                Part(c, r => r.Technologies, (context, id) => HubLoaders.TopicsAsync(context, id, TopicKind.Technology))))
            .Field("concepts", "[Topic!]!", f => f.ResolveAsync(c =>
                Part(c, r => r.Concepts, (context, id) => HubLoaders.TopicsAsync(context, id, TopicKind.Concept))))
            .Field("challenges", "[Challenge!]!", f => f.ResolveAsync(c => Part(c, r => r.Challenges, HubLoaders.ChallengesAsync)))
            .Field("takeaways", "[Takeaway!]!", f => f.ResolveAsync(c => Part(c, r => r.Takeaways, HubLoaders.TakeawaysAsync)))
            .Field("snippets", "[Snippet!]!", f => f.ResolveAsync(c => Part(c, r => r.Snippets, HubLoaders.SnippetsAsync)))
            .Field("resources", "[Resource!]!", f => f.ResolveAsync(c => Part(c, r => r.Resources, HubLoaders.ResourcesAsync)))
            .Field("projects", "[Project!]!", f => f.ResolveAsync(c => Part(c, r => r.Projects, HubLoaders.ProjectsAsync)))
            .Field("author", "Author", c => c.Source switch
            {
                Hub hub => HubMapper.ToAuthor(hub),
                HubView view => view.Cached.Hub.Author,
                HubResponse response => response.Author,
                _ => null,
            })
            .Field("revision", "Int!")
            .Field("revisions", "RevisionConnection!", f => f
                .Description("The hub's saved revisions, newest first.")
                .Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(RevisionsAsync))
            .Field("createdAt", "DateTime!")
            .Field("updatedAt", "DateTime!"))
        .Object("Section", t => t.Field("kind", "String!").Field("title", "String!").Field("markdown", "String!").Field("position", "Int!"))
        .Object("Topic", t => t
            .Description("A technology or concept as a hub lists it, with the learner's note.")
            .Field("slug", "String!").Field("name", "String!").Field("note", "String!"))
        .Object("Challenge", t => t
            .Field("id", "ID!").Field("title", "String!").Field("problem", "String!").Field("solution", "String!").Field("result", "String!")
            .Field("technologies", "[String!]!", f => f.Description("Slugs of the technologies involved."))
            .Field("verifiedBy", "Verification"))
        .Object("Verification", t => t.Field("handle", "String!").Field("displayName", "String!").Field("at", "DateTime!"))
        .Object("Takeaway", t => t.Field("text", "String!"))
        .Object("Snippet", t => t.Field("title", "String!").Field("language", "String!").Field("code", "String!").Field("description", "String!"))
        .Object("Resource", t => t.Field("title", "String!").Field("url", "String!"))
        .Object("Project", t => t.Field("name", "String!").Field("description", "String!").Field("repositoryUrl", "String!").Field("role", "String!"))
        .Object("Author", t => t.Field("name", "String").Field("program", "String").Field("github", "String").Field("profileUrl", "String").Field("email", "String"))
        .Object("Revision", t => t.Field("number", "Int!").Field("message", "String!").Field("createdAt", "DateTime!"))
        .ConnectionOf("Hub", options.MaxPageSize)
        .ConnectionOf("Revision", options.MaxPageSize);

    /// <summary>A hub part: from memory for a cached hub or a preview (synchronously), through its DataLoader for a stored row.</summary>
    private static ValueTask<object?> Part<T>(ResolveContext context, Func<HubResponse, IReadOnlyList<T>> fromResponse,
        Func<ResolveContext, long, Task<IReadOnlyList<T>>> load) => context.Source switch
    {
        Hub hub => LoadedAsync(load(context, hub.Id)),
        HubView view => ValueTask.FromResult<object?>(fromResponse(view.Cached.Hub)),
        HubResponse response => ValueTask.FromResult<object?>(fromResponse(response)),
        _ => ValueTask.FromResult<object?>(null),
    };

    private static async ValueTask<object?> LoadedAsync<T>(Task<IReadOnlyList<T>> loading) => await loading;

    private static async Task<object?> RevisionsAsync(ResolveContext context)
    {
        long? hubId = context.Source switch
        {
            Hub hub => hub.Id,
            HubView view => view.Cached.Meta.Id,
            _ => null,
        };
        if (hubId is null)
        {
            return new Connection<HubRevision>([], 0, 0);
        }

        var nexus = context.Nexus();
        var page = PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), nexus.Options.MaxPageSize);
        return await nexus.WithDbAsync(async db =>
        {
            var query = db.HubRevisions.AsNoTracking().Where(r => r.HubId == hubId);
            var total = await query.CountAsync(context.CancellationToken);
            var rows = await query.OrderByDescending(r => r.Number).Skip(page.Offset).Take(page.Size).ToListAsync(context.CancellationToken);
            return new Connection<HubRevision>(rows, page.Offset, total);
        });
    }
}
