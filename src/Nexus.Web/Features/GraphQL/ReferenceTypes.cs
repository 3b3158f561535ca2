using Microsoft.AspNetCore.Authorization;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.ReferenceGuide;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// Search and the reference guide over GraphQL, through the services REST uses (<see cref="SearchService"/>,
/// <see cref="ReferenceGuideService"/>), which apply <see cref="Hubs.HubAccessPolicy"/> to every hub they read.
/// </summary>
public static class ReferenceTypes
{
    public static SchemaBuilder AddReferenceTypes(this SchemaBuilder schema, GraphQLApiOptions options) => schema
        .ExtendObject("Query", q => q
            .Field("search", "SearchResults!", f => f
                .Description("Full-text search of the hubs, sections, challenges, takeaways and snippets the caller may read (GET /api/v1/search).")
                .Argument("q", "String!", "Words and filters (tech:, concept:, type:, track:, cohort:, author:).")
                .Argument("first", "Int").Argument("after", "String")
                .ArgumentWithDefault("asYouType", "Boolean!", false, "The last word, unless followed by a space, is a prefix.")
                .ResolveAsync(SearchAsync))
            .Field("challengeClusters", "ChallengeClusterConnection!", f => f
                .Description("Challenges across the hubs the caller may read, clustered by problem, biggest first (GET /api/v1/challenges).")
                .Argument("technology", "String", "A technology slug.").Argument("q", "String", "Search words and filters.")
                .Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(ChallengeClustersAsync))
            .Field("skillMap", "SkillMap!", f => f
                .Description("A cohort's learners × technologies and concepts, with coverage. Mentors and admins (as GET /api/v1/cohorts/{cohort}/skill-map).")
                .Argument("cohort", "String!").Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(SkillMapAsync)))
        .Object("SkillMap", t => t
            .Field("cohort", "String!").Field("learners", "Int!").Field("columns", "[SkillColumn!]!")
            .Field("rows", "SkillRowConnection!", f => f
                .Description("A learner per row; cells follow the columns: none, documented, challenge or verified.")
                .Resolve(c => c.SourceAs<SkillMapPage>().Rows))
            .Field("coverage", "[SkillCoverage!]!"))
        .Object("SkillColumn", t => t.Field("slug", "String!").Field("name", "String!").Field("kind", "String!"))
        .Object("SkillRow", t => t.Field("handle", "String!").Field("displayName", "String!").Field("track", "String!").Field("cells", "[String!]!"))
        .Object("SkillCoverage", t => t
            .Field("slug", "String!").Field("kind", "String!").Field("documented", "Int!").Field("challenge", "Int!").Field("verified", "Int!")
            .Field("coverage", "Float!", f => f.Description("The share of the cohort's learners with at least a documented entry.")))
        .Object("ChallengeCluster", t => t
            .Description("Challenges of the same problem; solutions verified by a mentor first.")
            .Field("title", "String!").Field("size", "Int!").Field("verified", "Int!")
            .Field("technologies", "[String!]!").Field("solutions", "[TopicChallenge!]!"))
        .Object("SearchResults", t => t
            .Description("A page of search hits (Relay cursor connection) with the facets of all matches.")
            .Field("edges", "[SearchHitEdge!]!", c => c.SourceAs<SearchResults>().Page.Edges)
            .Field("nodes", "[SearchHit!]!", c => c.SourceAs<SearchResults>().Page.Nodes)
            .Field("pageInfo", "PageInfo!", c => c.SourceAs<SearchResults>().Page.PageInfo)
            .Field("totalCount", "Int!", c => c.SourceAs<SearchResults>().Page.TotalCount)
            .Field("facets", "SearchFacets!", c => c.SourceAs<SearchResults>().Facets)
            .Field("typoTolerant", "Boolean!", f => f
                .Description("True when no exact match was found and the words were matched with typos allowed.")
                .Resolve(c => c.SourceAs<SearchResults>().TypoTolerant)))
        .Object("SearchHit", t => t
            .Field("type", "String!", f => f.Description("hub, section, challenge, takeaway or snippet."))
            .Field("id", "ID!").Field("title", "String!")
            .Field("snippet", "String!", f => f.Description("The matching passage; matched words are wrapped in <mark>."))
            .Field("hub", "SearchHubRef!").Field("section", "String!").Field("verified", "Boolean!").Field("updatedAt", "DateTime!"))
        .Object("SearchHubRef", t => t.Field("slug", "String!").Field("title", "String!").Field("owner", "String!", f => f.Description("The owner's handle.")))
        .Object("SearchFacets", t => t
            .Field("type", "[FacetCount!]!").Field("technology", "[FacetCount!]!").Field("track", "[FacetCount!]!").Field("cohort", "[FacetCount!]!"))
        .Object("FacetCount", t => t.Field("value", "String!").Field("count", "Int!"))
        .ExtendObject("CatalogueEntry", t => t
            .Field("counts", "TopicCounts!", f => f
                .Description("What the hubs the caller may read say about this entry.")
                .ResolveAsync(async c => (await GuideAsync(c, new PageRequest(0, 1))).Counts))
            .Field("learners", "TopicLearnerConnection!", f => f
                .Description("Learners whose hubs list this entry, with their notes; most recently updated hubs first.")
                .Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(c => GuidePageAsync(c, guide => guide.Learners)))
            .Field("challenges", "TopicChallengeConnection!", f => f
                .Description("Challenges involving this entry; verified ones first.")
                .Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(c => GuidePageAsync(c, guide => guide.Challenges)))
            .Field("takeaways", "SearchHitConnection!", f => f
                .Description("Takeaways mentioning this entry.")
                .Argument("first", "Int").Argument("after", "String")
                .ResolveAsync(c => GuidePageAsync(c, guide => guide.Takeaways)))
            .Field("related", "[RelatedTopic!]!", f => f
                .Description("Entries most often listed in the same hubs.")
                .ResolveAsync(async c => (await GuideAsync(c, new PageRequest(0, 1))).Related)))
        .Object("TopicCounts", t => t.Field("learners", "Int!").Field("challenges", "Int!").Field("verifiedChallenges", "Int!").Field("takeaways", "Int!"))
        .Object("TopicLearner", t => t
            .Field("handle", "String!").Field("displayName", "String!").Field("track", "String!").Field("cohort", "String!")
            .Field("hub", "String!", f => f.Description("The slug of the hub that lists the entry.")).Field("hubTitle", "String!").Field("note", "String!"))
        .Object("TopicChallenge", t => t
            .Field("id", "ID!").Field("title", "String!").Field("problem", "String!").Field("solution", "String!").Field("result", "String!")
            .Field("hub", "String!").Field("author", "String!").Field("authorName", "String!")
            .Field("verifiedBy", "String", f => f.Description("The handle of the mentor who verified it.")))
        .Object("RelatedTopic", t => t.Field("slug", "String!").Field("name", "String!").Field("hubs", "Int!"))
        .ConnectionOf("TopicLearner", options.MaxPageSize)
        .ConnectionOf("TopicChallenge", options.MaxPageSize)
        .ConnectionOf("SearchHit", options.MaxPageSize)
        .ConnectionOf("ChallengeCluster", options.MaxPageSize)
        .ConnectionOf("SkillRow", options.MaxPageSize);

    /// <summary>A skill map with its rows as a connection page.</summary>
    private sealed record SkillMapPage(string Cohort, int Learners, IReadOnlyList<SkillColumn> Columns, Connection<SkillRow> Rows,
        IReadOnlyList<SkillCoverage> Coverage);

    private static async Task<object?> SkillMapAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        if (nexus.User.Identity?.IsAuthenticated != true)
        {
            throw GraphQLErrors.Unauthenticated();
        }

        // The policy REST's endpoint requires, evaluated by the same authorization service.
        var allowed = await nexus.WithServicesAsync(services => services.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(nexus.User, AuthServiceCollectionExtensions.MentorPolicy));
        if (!allowed.Succeeded)
        {
            throw GraphQLErrors.Forbidden("The skill map is for mentors and admins.");
        }

        var window = PageWindow.Of(PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), nexus.Options.MaxPageSize));
        var outcome = await nexus.WithServicesAsync(services => services.GetRequiredService<SkillMapService>()
            .GetAsync(context.Argument<string>("cohort"), nexus.User, window.Page, window.PageSize, context.CancellationToken));
        var map = Value(outcome);
        return new SkillMapPage(map.Cohort, map.Learners, map.Columns, window.Slice(map.Rows.Items, map.Rows.Total), map.Coverage);
    }

    /// <summary>The results of one search: a page of hits and what REST's response adds to it.</summary>
    private sealed record SearchResults(Connection<SearchHitResponse> Page, SearchFacets Facets, bool TypoTolerant);

    private static async Task<object?> SearchAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        var window = PageWindow.Of(PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), nexus.Options.MaxPageSize));
        if (window.Request.Offset >= SearchService.RankedCandidates)
        {
            throw GraphQLErrors.Coded("BAD_USER_INPUT",
                $"Only the best {SearchService.RankedCandidates} results are paged; narrow the query with words or filters.");
        }

        var text = context.Argument<string>("q");
        var parsed = SearchQueryParser.Parse(text, context.Argument<bool>("asYouType"));
        if (parsed.Query is null)
        {
            throw GraphQLErrors.Coded("BAD_USER_INPUT", parsed.Error!);
        }

        var response = await nexus.WithServicesAsync(services => services.GetRequiredService<SearchService>()
            .SearchAsync(text, parsed.Query, nexus.User, window.Page, window.PageSize, context.CancellationToken));
        return new SearchResults(window.Slice(response.Items, response.Total), response.Facets, response.TypoTolerant);
    }

    private static async Task<object?> ChallengeClustersAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        var window = PageWindow.Of(PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), nexus.Options.MaxPageSize));
        var outcome = await nexus.WithServicesAsync(services => services.GetRequiredService<ChallengeCatalogue>()
            .ListAsync(nexus.User, context.Argument<string?>("technology"), context.Argument<string?>("q"), window.Page, window.PageSize,
                context.CancellationToken));
        var clusters = Value(outcome);
        return window.Slice(clusters.Items, clusters.Total);
    }

    /// <summary>The value of a service outcome shared with REST; its expected failures become GraphQL errors.</summary>
    private static T Value<T>(Outcome<T> outcome) => outcome switch
    {
        Outcome<T>.Done done => done.Value,
        Outcome<T>.Invalid invalid => throw GraphQLErrors.Coded("BAD_USER_INPUT",
            string.Join(" ", invalid.Errors.ToDictionary().SelectMany(field => field.Value))),
        _ => throw GraphQLErrors.Coded("NOT_FOUND", outcome.Problem ?? "Not found."),
    };

    private static async Task<object?> GuidePageAsync<T>(ResolveContext context, Func<TopicGuideResponse, Hubs.PagedResponse<T>> part)
    {
        var window = PageWindow.Of(PageRequest.From(context.Argument<int?>("first"), context.Argument<string?>("after"), context.Nexus().Options.MaxPageSize));
        var page = part(await GuideAsync(context, window.Request));
        return window.Slice(page.Items, page.Total);
    }

    private static Task<TopicGuideResponse> GuideAsync(ResolveContext context, PageRequest request)
    {
        var (nexus, entry, window) = (context.Nexus(), context.SourceAs<CatalogueEntry>(), PageWindow.Of(request));
        return nexus.WithServicesAsync(services => services.GetRequiredService<ReferenceGuideService>()
            .GuideAsync(entry, nexus.User, window.Page, window.PageSize, context.CancellationToken));
    }
}
