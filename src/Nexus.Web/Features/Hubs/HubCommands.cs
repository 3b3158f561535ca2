using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Hubs;

/// <summary>How a hub write ended; REST turns it into a status code, GraphQL into an error code.</summary>
public abstract record HubWriteOutcome
{
    public sealed record Saved(Hub Hub) : HubWriteOutcome;

    public sealed record Invalid(ValidationErrors Errors) : HubWriteOutcome;

    public sealed record NotFound(string Message) : HubWriteOutcome;

    public sealed record Forbidden(string Message) : HubWriteOutcome;

    public sealed record Conflict(string Message) : HubWriteOutcome;

    /// <summary>An edit must say which version it replaces.</summary>
    public sealed record VersionRequired(string Message) : HubWriteOutcome;

    /// <summary>The caller's version is not the stored one (or a concurrent writer won): nothing was saved.</summary>
    public sealed record Stale(string Message) : HubWriteOutcome;
}

/// <summary>
/// The one write path for hubs, shared by REST and GraphQL: authorization by <see cref="HubAccessPolicy"/>,
/// validation by <see cref="HubValidator"/>, changes by <see cref="HubWriter"/>, storage by <see cref="HubStore"/>.
/// </summary>
public sealed class HubCommands(NexusDbContext db, HubValidator validator, HubStore store, TimeProvider clock)
{
    public async Task<HubWriteOutcome> CreateAsync(HubWriteRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (valid, errors) = await validator.ValidateAsync(request, creating: true, cancellationToken);
        if (valid is null)
        {
            return new HubWriteOutcome.Invalid(errors);
        }

        var owner = await db.Users.SingleOrDefaultAsync(u => u.Id == user.UserId(), cancellationToken);
        if (owner is null)
        {
            return new HubWriteOutcome.Forbidden("The account of this token no longer exists.");
        }

        var slug = request.Slug ?? await SlugGenerator.UniqueAsync(db, request.Title!, owner.Handle, cancellationToken);
        if (await db.Hubs.AnyAsync(h => h.Slug == slug, cancellationToken))
        {
            return new HubWriteOutcome.Conflict($"The slug '{slug}' is taken; choose another.");
        }

        var now = clock.GetUtcNow();
        var hub = new Hub { Slug = slug, OwnerId = owner.Id, Owner = owner, CreatedAt = now };
        HubWriter.Apply(hub, valid, now);
        db.Hubs.Add(hub);
        await store.SaveRevisionAsync(hub, owner.Id, MessageOr(request, "Created"), cancellationToken);
        return new HubWriteOutcome.Saved(hub);
    }

    /// <summary>Replaces a hub's content if <paramref name="expectedEtag"/> still matches, so no one's edit is silently lost.</summary>
    public async Task<HubWriteOutcome> ReplaceAsync(string slug, HubWriteRequest request, string? expectedEtag, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var hub = await store.LoadAsync(slug, forUpdate: true, cancellationToken);
        if (hub is null || !HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Owner.Cohort))
        {
            return new HubWriteOutcome.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return new HubWriteOutcome.Forbidden("Only the hub's owner or an admin may edit it.");
        }

        if (string.IsNullOrWhiteSpace(expectedEtag))
        {
            return new HubWriteOutcome.VersionRequired("Send the version you read (the ETag) so no one's changes are overwritten.");
        }

        if (!HubEtag.Matches(expectedEtag, HubEtag.For(hub)))
        {
            return new HubWriteOutcome.Stale("The hub changed since you read it. Reload it, reapply your edit and save again.");
        }

        var (valid, errors) = await validator.ValidateAsync(request, creating: false, cancellationToken);
        if (valid is null)
        {
            return new HubWriteOutcome.Invalid(errors);
        }

        HubWriter.Apply(hub, valid, clock.GetUtcNow());
        try
        {
            await store.SaveRevisionAsync(hub, user.UserId()!.Value, MessageOr(request, "Edited"), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new HubWriteOutcome.Stale("Someone saved this hub at the same moment. Reload it, reapply your edit and save again.");
        }

        return new HubWriteOutcome.Saved(hub);
    }

    /// <summary>Deletes a hub the caller owns (or administers); <paramref name="expectedEtag"/> is checked when given.</summary>
    public async Task<HubWriteOutcome> DeleteAsync(string slug, string? expectedEtag, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return new HubWriteOutcome.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return new HubWriteOutcome.Forbidden("Only the hub's owner or an admin may delete it.");
        }

        if (!string.IsNullOrWhiteSpace(expectedEtag) && !HubEtag.Matches(expectedEtag, HubEtag.For(hub.Id, hub.Version)))
        {
            return new HubWriteOutcome.Stale("The hub changed since you read it.");
        }

        await store.ChangeAndAnnounceAsync(hub.Slug, () => db.Hubs.Where(h => h.Id == hub.Id).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        return new HubWriteOutcome.Saved(new Hub { Id = hub.Id, Slug = hub.Slug, OwnerId = hub.OwnerId });
    }

    private static string MessageOr(HubWriteRequest request, string fallback) =>
        request.Message?.Trim() is { Length: > 0 } message ? message : fallback;
}
