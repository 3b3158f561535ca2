using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Follows;

/// <summary>Signed-in learners follow hubs they can read, other learners and technologies; following is idempotent.</summary>
public static class FollowEndpoints
{
    public static RouteGroupBuilder MapFollowEndpoints(this RouteGroupBuilder api)
    {
        var follows = api.MapGroup("/follows").WithTags("Follows").RequireAuthorization();
        follows.MapGet("/", ListAsync).WithSummary("What the caller follows, newest first");
        follows.MapGet("/{kind}/{key}", GetAsync).WithSummary("A followable hub, learner or technology: its follower count and whether the caller follows it");
        follows.MapPut("/{kind}/{key}", FollowAsync).WithSummary("Follow a hub (slug), learner (handle) or technology (slug)");
        follows.MapDelete("/{kind}/{key}", UnfollowAsync).WithSummary("Stop following");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<FollowListItem>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken, string? kind = null, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        var kindFilter = default(FollowKind?);
        if (kind is not null)
        {
            if (!FollowKindNames.TryParse(kind, out var parsed))
            {
                errors.Add("kind", $"'kind' must be {FollowKindNames.Expected}.");
            }

            kindFilter = parsed;
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = user.UserId();
        // A followed hub that turned unreadable (made private) drops out of the list rather than leak its title.
        var readableHubs = db.Hubs.Where(HubAccessPolicy.ReadableBy(user));
        var query = db.Follows.AsNoTracking()
            .Where(f => f.FollowerId == me && (kindFilter == null || f.Kind == kindFilter))
            .Where(f => f.HubId == null || readableHubs.Any(h => h.Id == f.HubId));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(f => f.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(f => new
            {
                f.Kind,
                f.CreatedAt,
                Hub = db.Hubs.Where(h => h.Id == f.HubId).Select(h => new { Key = h.Slug, Name = h.Title }).FirstOrDefault(),
                Learner = db.Users.Where(u => u.Id == f.LearnerId).Select(u => new { Key = u.Handle, Name = u.DisplayName }).FirstOrDefault(),
                Technology = db.CatalogueEntries.Where(e => e.Id == f.TechnologyId).Select(e => new { Key = e.Slug, e.Name }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => r.Kind switch
        {
            FollowKind.Hub => new FollowListItem("hub", r.Hub!.Key, r.Hub.Name, r.CreatedAt),
            FollowKind.Learner => new FollowListItem("learner", r.Learner!.Key, r.Learner.Name, r.CreatedAt),
            _ => new FollowListItem("technology", r.Technology!.Key, r.Technology.Name, r.CreatedAt),
        }).ToList();
        return TypedResults.Ok(new PagedResponse<FollowListItem>(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<FollowTargetResponse>, ProblemHttpResult>> GetAsync(
        string kind, string key, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        var (target, problem) = await ResolveAsync(kind, key, user, db, cancellationToken);
        if (target is null)
        {
            return problem!;
        }

        var followers = db.Follows.Where(target.Matches());
        var me = user.UserId();
        return TypedResults.Ok(new FollowTargetResponse(target.Kind.ToWire(), target.Key, target.Name,
            await followers.CountAsync(cancellationToken), await followers.AnyAsync(f => f.FollowerId == me, cancellationToken)));
    }

    private static async Task<Results<Created<FollowResponse>, Ok<FollowResponse>, ProblemHttpResult>> FollowAsync(
        string kind, string key, ClaimsPrincipal user, NexusDbContext db, FollowCommands commands, CancellationToken cancellationToken)
    {
        var (target, problem) = await ResolveAsync(kind, key, user, db, cancellationToken);
        if (target is null)
        {
            return problem!;
        }

        if (target.LearnerId == user.UserId())
        {
            return ApiProblems.BadRequest("Cannot follow yourself", "A learner cannot follow their own account.");
        }

        var (follow, created) = await commands.FollowAsync(user.UserId()!.Value, target, cancellationToken);
        var response = new FollowResponse(target.Kind.ToWire(), target.Key, target.Name,
            await db.Follows.CountAsync(target.Matches(), cancellationToken), follow.CreatedAt);
        return created ? TypedResults.Created($"/api/v1/follows/{response.Kind}/{response.Key}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> UnfollowAsync(
        string kind, string key, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        var (target, problem) = await ResolveAsync(kind, key, user, db, cancellationToken);
        if (target is null)
        {
            return problem!;
        }

        var me = user.UserId();
        await db.Follows.Where(target.Matches()).Where(f => f.FollowerId == me).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<(FollowTarget? Target, ProblemHttpResult? Problem)> ResolveAsync(
        string kind, string key, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        if (!FollowKindNames.TryParse(kind, out var followKind))
        {
            return (null, ApiProblems.BadRequest("Unknown kind", $"'{kind}' cannot be followed; the kind must be {FollowKindNames.Expected}."));
        }

        var target = key.Length <= 80 ? await FollowTarget.FindAsync(db, followKind, key, user, cancellationToken) : null;
        return target is null ? (null, ApiProblems.NotFound($"No {followKind.ToWire()} '{key}'.")) : (target, null);
    }
}
