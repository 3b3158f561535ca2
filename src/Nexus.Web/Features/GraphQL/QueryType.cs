using Microsoft.EntityFrameworkCore;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.GraphQL;

/// <summary>The Query root: hubs (read through <see cref="HubAccessPolicy"/>, as REST reads them), the caller, the catalogue.</summary>
public static class QueryType
{
    public static SchemaBuilder AddQueryType(this SchemaBuilder schema, GraphQLApiOptions options) => schema
        .Query("Query", q => q
            .Field("hub", "Hub", f => f
                .Description("A hub by slug; null when it does not exist or the caller may not read it.")
                .Argument("slug", "String!")
                .ResolveAsync(c => ViewHubAsync(c.Nexus(), c.Argument<string>("slug"), c.CancellationToken))
                // Everything under Hub is a function of the cached hub (replaced on every change, as REST's cached JSON is);
                // the resolver above still applies HubAccessPolicy on every request. See HubTypes before adding
                // caller-dependent fields to Hub.
                .ReuseCompletedValueBy(view => ((HubView)view).Cached))
            .Field("hubs", "HubConnection!", f => f
                .Description("The hubs the caller may read, newest first.")
                .Argument("first", "Int").Argument("after", "String")
                .Argument("cohort", "String").Argument("track", "Track").Argument("technology", "String", "A technology slug.")
                .ResolveAsync(HubsAsync))
            .Field("me", "Learner", f => f
                .Description("The signed-in caller; null for anonymous requests.")
                .ResolveAsync(MeAsync))
            .Field("technologies", "CatalogueEntryConnection!", f => Catalogue(f, TopicKind.Technology))
            .Field("concepts", "CatalogueEntryConnection!", f => Catalogue(f, TopicKind.Concept))
            .Field("technology", "CatalogueEntry", f => Entry(f, TopicKind.Technology))
            .Field("concept", "CatalogueEntry", f => Entry(f, TopicKind.Concept)))
        .Object("CatalogueEntry", t => t
            .Description("A technology or concept of the shared catalogue.")
            .Field("slug", "String!").Field("name", "String!").Field("category", "String!").Field("aliases", "[String!]!"))
        .Object("PageInfo", t => t
            .Field("hasNextPage", "Boolean!").Field("hasPreviousPage", "Boolean!").Field("startCursor", "String").Field("endCursor", "String"))
        .ConnectionOf("CatalogueEntry", options.MaxPageSize);

    /// <summary>The whole hub from the per-node cache (as REST serves it), if the caller may read it.</summary>
    private static Task<HubView?> ViewHubAsync(GraphQLRequestContext nexus, string slug, CancellationToken cancellationToken) =>
        nexus.WithServicesAsync(async services =>
        {
            var cached = await services.GetRequiredService<HubReader>().GetAsync(slug, cancellationToken);
            return cached is not null && HubAccessPolicy.CanRead(nexus.User, cached.Meta.OwnerId, cached.Meta.Visibility, cached.Meta.Cohort)
                ? new HubView(cached)
                : null;
        });

    /// <summary>The whole hub row and its owner, if the caller may read it (parts load lazily through DataLoaders).</summary>
    public static Task<Hub?> FindHubAsync(GraphQLRequestContext nexus, string slug, CancellationToken cancellationToken) =>
        nexus.WithDbAsync(async db =>
        {
            var hub = await db.Hubs.AsNoTracking().Include(h => h.Owner).SingleOrDefaultAsync(h => h.Slug == slug, cancellationToken);
            return hub is not null && HubAccessPolicy.CanRead(nexus.User, hub.OwnerId, hub.Visibility, hub.Owner.Cohort) ? hub : null;
        });

    private static async Task<object?> HubsAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        var page = PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), nexus.Options.MaxPageSize);
        LearnerTrack? track = context.Argument<string?>("track") is { } wire && TrackNames.TryParse(wire, out var parsed) ? parsed : null;
        return await nexus.WithDbAsync(async db =>
        {
            var query = HubListFilter.Apply(db.Hubs.AsNoTracking().Where(HubAccessPolicy.ReadableBy(nexus.User)),
                context.Argument<string?>("cohort"), track, context.Argument<string?>("technology"));
            var total = await query.CountAsync(context.CancellationToken);
            var hubs = await query.NewestFirst().Skip(page.Offset).Take(page.Size).Include(h => h.Owner).ToListAsync(context.CancellationToken);
            return new Connection<Hub>(hubs, page.Offset, total);
        });
    }

    private static async Task<object?> MeAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        if (nexus.User.UserId() is not { } id)
        {
            return null;
        }

        var learner = await nexus.WithDbAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, context.CancellationToken));
        return learner is null ? null : HubMapper.ToOwner(learner);
    }

    private static void Catalogue(FieldBuilder field, TopicKind kind) => field
        .Argument("first", "Int").Argument("after", "String").Argument("query", "String", "Matches slugs and names.")
        .ResolveAsync(async c =>
        {
            var nexus = c.Nexus();
            var page = PageRequest.From(c.Argument<int?>("first"), c.Argument<string?>("after"), nexus.Options.MaxPageSize);
            var term = c.Argument<string?>("query")?.Trim().ToLowerInvariant();
            return await nexus.WithDbAsync(async db =>
            {
                var query = db.CatalogueEntries.AsNoTracking().Where(e => e.Kind == kind);
                if (!string.IsNullOrEmpty(term))
                {
                    query = query.Where(e => e.Slug.Contains(term) || e.Name.ToLower().Contains(term));
                }

                var total = await query.CountAsync(c.CancellationToken);
                var rows = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Skip(page.Offset).Take(page.Size).ToListAsync(c.CancellationToken);
                return new Connection<CatalogueEntry>(rows, page.Offset, total);
            });
        });

    private static void Entry(FieldBuilder field, TopicKind kind) => field
        .Argument("slug", "String!")
        .ResolveAsync(c =>
        {
            var slug = c.Argument<string>("slug");
            return c.Nexus().WithDbAsync(db =>
                db.CatalogueEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, c.CancellationToken));
        });
}
