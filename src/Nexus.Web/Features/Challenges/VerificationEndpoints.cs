using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Challenges;

public sealed record VerificationResult(long ChallengeId, VerificationResponse? VerifiedBy);

/// <summary>A mentor verified a challenge's solution (withdrawals raise no event).</summary>
public sealed record ChallengeVerified(string HubSlug, Guid HubOwnerId, long ChallengeId, Guid MentorId)
{
    public const string EventName = "challenge.verified";
}

/// <summary>Mentors (and admins) mark a challenge's solution as verified, or withdraw that.</summary>
public static class VerificationEndpoints
{
    public static RouteGroupBuilder MapVerificationEndpoints(this RouteGroupBuilder api)
    {
        var verification = api.MapGroup("/hubs/{slug}/challenges/{id:long}/verification").WithTags("Challenges")
            .RequireAuthorization(AuthServiceCollectionExtensions.MentorPolicy);
        verification.MapPost("/", (string slug, long id, ClaimsPrincipal user, NexusDbContext db, HubChangeFeed changes, IDomainEvents domainEvents, TimeProvider clock, CancellationToken ct) =>
                SetAsync(slug, id, user, db, changes, domainEvents, clock.GetUtcNow(), ct))
            .WithSummary("Mark a challenge verified by the calling mentor");
        verification.MapDelete("/", (string slug, long id, ClaimsPrincipal user, NexusDbContext db, HubChangeFeed changes, IDomainEvents domainEvents, CancellationToken ct) =>
                SetAsync(slug, id, user, db, changes, domainEvents, null, ct))
            .WithSummary("Withdraw a challenge's verification");
        return api;
    }

    private static async Task<Results<Ok<VerificationResult>, ProblemHttpResult>> SetAsync(
        string slug, long id, ClaimsPrincipal user, NexusDbContext db, HubChangeFeed changes, IDomainEvents domainEvents, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var result = await ApplyAsync(slug, id, user, db, changes, domainEvents, at, cancellationToken);
        return result is null ? ApiProblems.NotFound($"Hub '{slug}' has no challenge {id}.") : TypedResults.Ok(result);
    }

    /// <summary>
    /// Sets or withdraws (<paramref name="at"/> null) the caller's verification; null when the caller cannot see the
    /// challenge. Callers check <see cref="HubAccessPolicy.CanVerify"/> first (REST by its policy, GraphQL in the resolver).
    /// </summary>
    public static async Task<VerificationResult?> ApplyAsync(
        string slug, long id, ClaimsPrincipal user, NexusDbContext db, HubChangeFeed changes, IDomainEvents domainEvents, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        var challenge = hub is null ? null : await db.Challenges.SingleOrDefaultAsync(c => c.Id == id && c.HubId == hub.Id, cancellationToken);
        if (challenge is null)
        {
            return null;
        }

        var mentor = await db.Users.SingleAsync(u => u.Id == user.UserId(), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        challenge.VerifiedById = at is null ? null : mentor.Id;
        challenge.VerifiedAt = at;
        await db.SaveChangesAsync(cancellationToken);
        // The hub's representation changed: a new version invalidates ETags and cached copies.
        await db.Hubs.Where(h => h.Id == hub!.Id).ExecuteUpdateAsync(set => set.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        // Search documents carry the verification (it boosts the challenge), written in the same transaction.
        await new SearchIndexer(db).RetagAsync([hub!.Id], cancellationToken);
        if (at is not null)
        {
            domainEvents.Raise(new ChallengeVerified(slug, hub!.OwnerId, challenge.Id, mentor.Id));
        }

        await changes.PublishAsync(db, slug, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changes.Committed(slug);
        return new VerificationResult(challenge.Id, at is null ? null : new VerificationResponse(mentor.Handle, mentor.DisplayName, at.Value));
    }
}
