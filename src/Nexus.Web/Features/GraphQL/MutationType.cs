using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;
using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// The Mutation root. Every write goes through the same services as REST (<see cref="HubCommands"/>,
/// <see cref="HubImportService"/>, <see cref="VerificationEndpoints.ApplyAsync"/>), so both APIs share one
/// authorization decision and one write path.
/// </summary>
public static class MutationType
{
    public static SchemaBuilder AddMutationType(this SchemaBuilder schema) => schema
        .Mutation("Mutation", m => m
            .Field("createHub", "Hub!", f => f
                .Description("Create a hub owned by the caller.")
                .Argument("input", "HubInput!")
                .ResolveAsync(c => WriteAsync(c, (commands, request) => commands.CreateAsync(request, c.Nexus().User, c.CancellationToken))))
            .Field("updateHub", "Hub!", f => f
                .Description("Replace a hub's content. expectedVersion is the hub's version as read (or its REST ETag); a stale one fails with STALE_VERSION.")
                .Argument("slug", "String!").Argument("expectedVersion", "String!").Argument("input", "HubInput!")
                .ResolveAsync(c => WriteAsync(c, (commands, request) => commands.ReplaceAsync(
                    c.Argument<string>("slug"), request, AsEtag(c.Argument<string>("expectedVersion")), c.Nexus().User, c.CancellationToken))))
            .Field("deleteHub", "Boolean!", f => f
                .Description("Delete a hub (owner or admin).")
                .Argument("slug", "String!").Argument("expectedVersion", "String")
                .ResolveAsync(c => WriteAsync(c, (commands, _) => commands.DeleteAsync(c.Argument<string>("slug"),
                    c.Argument<string?>("expectedVersion") is { } version ? AsEtag(version) : null, c.Nexus().User, c.CancellationToken), hasInput: false)))
            .Field("importReadme", "ImportResult!", f => f
                .Description("Turn a README into a hub owned by the caller; dryRun previews it without saving.")
                .Argument("markdown", "String!").ArgumentWithDefault("dryRun", "Boolean!", false).Argument("visibility", "Visibility")
                .ResolveAsync(ImportAsync))
            .Field("verifyChallenge", "Challenge!", f => f
                .Description("Mark a challenge verified by the calling mentor (or withdraw with verified: false).")
                .Argument("slug", "String!").Argument("id", "ID!").ArgumentWithDefault("verified", "Boolean!", true)
                .ResolveAsync(VerifyAsync)))
        .Input("HubInput", i => i
            .Description("A hub's whole content, as the REST API's hub body.")
            .Field("slug", "String", "Only when creating; generated from the title when absent.")
            .Field("title", "String!").Field("summary", "String").Field("visibility", "Visibility")
            .Field("sections", "[SectionInput!]").Field("technologies", "[TopicInput!]").Field("concepts", "[TopicInput!]")
            .Field("challenges", "[ChallengeInput!]").Field("takeaways", "[TakeawayInput!]").Field("snippets", "[SnippetInput!]")
            .Field("resources", "[ResourceInput!]").Field("projects", "[ProjectInput!]").Field("author", "AuthorInput")
            .Field("message", "String", "The revision message."))
        .Input("SectionInput", i => i.Field("kind", "String!").Field("title", "String!").Field("markdown", "String"))
        .Input("TopicInput", i => i.Field("slug", "String!").Field("note", "String"))
        .Input("ChallengeInput", i => i
            .Field("id", "ID", "Send an existing challenge's id to keep it (and its verification while its text is unchanged).")
            .Field("title", "String!").Field("problem", "String").Field("solution", "String").Field("result", "String")
            .Field("technologies", "[String!]"))
        .Input("TakeawayInput", i => i.Field("text", "String!"))
        .Input("SnippetInput", i => i.Field("title", "String").Field("language", "String").Field("code", "String!").Field("description", "String"))
        .Input("ResourceInput", i => i.Field("title", "String!").Field("url", "String!"))
        .Input("ProjectInput", i => i.Field("name", "String!").Field("description", "String").Field("repositoryUrl", "String").Field("role", "String"))
        .Input("AuthorInput", i => i.Field("name", "String").Field("program", "String").Field("github", "String").Field("profileUrl", "String").Field("email", "String"))
        .Object("ImportResult", t => t
            .Field("created", "Boolean!", f => f.Description("False for a dry run."))
            .Field("hub", "Hub!", f => f.Description("The created hub, or the preview of a dry run."))
            .Field("proposedEntries", "[ProposedEntry!]!"))
        .Object("ProposedEntry", t => t
            .Description("A technology or concept the catalogue lacks; importing adds it under category \"proposed\".")
            .Field("kind", "String!").Field("slug", "String!").Field("name", "String!"));

    private sealed record ImportPayload(bool Created, object Hub, IReadOnlyList<ProposedEntry> ProposedEntries);

    private static async Task<object?> WriteAsync(ResolveContext context,
        Func<HubCommands, HubWriteRequest, Task<HubWriteOutcome>> write, bool hasInput = true)
    {
        var nexus = context.Nexus();
        RequireSignedIn(nexus);
        var request = hasInput ? context.Argument<HubWriteRequest>("input") : null;
        var outcome = await nexus.WithServicesAsync(services => write(services.GetRequiredService<HubCommands>(), request!));
        return outcome switch
        {
            HubWriteOutcome.Saved { Hub: var hub } when hasInput => await QueryType.FindHubAsync(nexus, hub.Slug, context.CancellationToken),
            HubWriteOutcome.Saved => true,
            HubWriteOutcome.Invalid invalid => throw GraphQLErrors.Invalid(invalid.Errors, "input"),
            HubWriteOutcome.NotFound notFound => throw GraphQLErrors.NotFound(notFound.Message),
            HubWriteOutcome.Forbidden forbidden => throw GraphQLErrors.Forbidden(forbidden.Message),
            HubWriteOutcome.Conflict conflict => throw GraphQLErrors.Coded("CONFLICT", conflict.Message),
            HubWriteOutcome.Stale or HubWriteOutcome.VersionRequired => throw GraphQLErrors.Coded("STALE_VERSION",
                "The hub changed since you read it (expectedVersion is not its current version). Reload it, reapply your edit and save again."),
            _ => throw new InvalidOperationException($"Unhandled outcome {outcome}."),
        };
    }

    private static async Task<object?> ImportAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        RequireSignedIn(nexus);
        var markdown = context.Argument<string>("markdown");
        var visibility = context.Argument<string?>("visibility");
        var dryRun = context.Argument<bool>("dryRun");
        var result = await nexus.WithServicesAsync<ImportPayload>(async services =>
        {
            var db = services.GetRequiredService<NexusDbContext>();
            var importer = services.GetRequiredService<HubImportService>();
            var owner = await db.Users.SingleOrDefaultAsync(u => u.Id == nexus.User.UserId(), context.CancellationToken)
                        ?? throw GraphQLErrors.Forbidden("The account of this token no longer exists.");
            var catalogue = await importer.LoadCatalogueAsync(context.CancellationToken);
            var imported = ReadmeImporter.Import(markdown, catalogue);
            var plan = await importer.PlanAsync(imported.Hub, owner, visibility, catalogue, context.CancellationToken);
            if (dryRun)
            {
                return new ImportPayload(false, await importer.PreviewAsync(plan, owner, context.CancellationToken), plan.Proposals);
            }

            var (hub, errors) = await importer.CreateAsync(plan, owner, context.CancellationToken);
            return hub is null ? throw GraphQLErrors.Invalid(errors, "markdown") : new ImportPayload(true, hub, plan.Proposals);
        });
        return result.Hub is Hub created
            ? result with { Hub = (await QueryType.FindHubAsync(nexus, created.Slug, context.CancellationToken))! }
            : result;
    }

    private static async Task<object?> VerifyAsync(ResolveContext context)
    {
        var nexus = context.Nexus();
        RequireSignedIn(nexus);
        if (!HubAccessPolicy.CanVerify(nexus.User))
        {
            throw GraphQLErrors.Forbidden("Only mentors and admins verify challenges.");
        }

        var slug = context.Argument<string>("slug");
        var id = long.TryParse(context.Argument<string>("id"), out var parsed) ? parsed : -1;
        var verified = context.Argument<bool>("verified");
        var result = await nexus.WithServicesAsync(services => VerificationEndpoints.ApplyAsync(slug, id, nexus.User,
            services.GetRequiredService<NexusDbContext>(), services.GetRequiredService<HubChangeFeed>(), services.GetRequiredService<IDomainEvents>(),
            verified ? services.GetRequiredService<TimeProvider>().GetUtcNow() : null, context.CancellationToken));
        if (result is null)
        {
            throw GraphQLErrors.NotFound($"Hub '{slug}' has no challenge {context.Argument<string>("id")}.");
        }

        var hub = await QueryType.FindHubAsync(nexus, slug, context.CancellationToken);
        return (await HubLoaders.ChallengesAsync(context, hub!.Id)).Single(c => c.Id == result.ChallengeId);
    }

    /// <summary>A hub's version as its ETag: the GraphQL version field, or the REST ETag as given (quoted).</summary>
    private static string AsEtag(string version) => version.StartsWith('"') ? version : $"\"{version}\"";

    private static void RequireSignedIn(GraphQLRequestContext nexus)
    {
        if (nexus.User.UserId() is null)
        {
            throw GraphQLErrors.Unauthenticated();
        }
    }
}
