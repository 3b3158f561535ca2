using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record MergeRequest(string? Into);

/// <summary>POST /technologies/{slug}/merge and /concepts/{slug}/merge: the <see cref="CatalogueMerger"/> over REST (admins).</summary>
public static class CatalogueMergeEndpoints
{
    public static RouteGroupBuilder MapCatalogueMerge(this RouteGroupBuilder api)
    {
        foreach (var (path, kind) in new[] { ("technologies", TopicKind.Technology), ("concepts", TopicKind.Concept) })
        {
            api.MapPost($"/{path}/{{slug}}/merge", async Task<Results<Ok<MergeResponse>, ValidationProblem, ProblemHttpResult>> (
                        string slug, MergeRequest body, CatalogueMerger merger, CancellationToken ct) =>
                    (await merger.MergeAsync(kind, slug, body.Into, ct)).ToHttpResult())
                .RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy).WithTags("Catalogue")
                .WithSummary($"Merge this {kind.ToString().ToLowerInvariant()} into another; the old slug redirects (admins)");
        }

        return api;
    }
}
