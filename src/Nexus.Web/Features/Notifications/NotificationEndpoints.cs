using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Notifications;

/// <summary>The signed-in learner's in-app notifications and email preferences.</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet("/", ListAsync).WithSummary("The caller's notifications, newest first");
        notifications.MapGet("/unread-count", UnreadCountAsync).WithSummary("How many of the caller's notifications are unread");
        notifications.MapPost("/{id:long}/read", MarkReadAsync).WithSummary("Mark one notification read");
        notifications.MapPost("/read-all", MarkAllReadAsync).WithSummary("Mark every notification read");
        notifications.MapGet("/preferences", GetPreferencesAsync).WithSummary("Email delivery per category");
        notifications.MapPut("/preferences", UpdatePreferencesAsync)
            .WithSummary("Change email delivery per category (immediate, daily, weekly, off); omitted categories stay as they are");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<NotificationResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken, bool unreadOnly = false, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = user.UserId();
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == me && (!unreadOnly || n.ReadAt == null));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(n => n.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new
            {
                n.Id, n.Category, n.Title, n.Path, n.CreatedAt, n.ReadAt,
                Actor = db.Users.Where(u => u.Id == n.ActorId).Select(u => new NotificationActor(u.Handle, u.DisplayName)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(n => new NotificationResponse(n.Id, n.Category.ToWire(), n.Title, n.Path, n.Actor, n.CreatedAt, n.ReadAt)).ToList();
        return TypedResults.Ok(new PagedResponse<NotificationResponse>(items, page, pageSize, total));
    }

    private static async Task<Ok<UnreadCountResponse>> UnreadCountAsync(ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        return TypedResults.Ok(new UnreadCountResponse(await db.Notifications.CountAsync(n => n.RecipientId == me && n.ReadAt == null, cancellationToken)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        long id, ClaimsPrincipal user, NexusDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var mine = db.Notifications.Where(n => n.Id == id && n.RecipientId == me);
        var now = clock.GetUtcNow();
        if (await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken) == 0
            && !await mine.AnyAsync(cancellationToken))
        {
            return ApiProblems.NotFound($"You have no notification {id}.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Ok<MarkedReadResponse>> MarkAllReadAsync(ClaimsPrincipal user, NexusDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var now = clock.GetUtcNow();
        var marked = await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return TypedResults.Ok(new MarkedReadResponse(marked));
    }

    private static async Task<Ok<NotificationPreferences>> GetPreferencesAsync(
        ClaimsPrincipal user, NotificationSettingsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.GetAsync(user.UserId()!.Value, cancellationToken)).ToResponse());

    private static async Task<Results<Ok<NotificationPreferences>, ValidationProblem>> UpdatePreferencesAsync(
        NotificationPreferences request, ClaimsPrincipal user, NotificationSettingsStore store, CancellationToken cancellationToken)
    {
        var requested = new Dictionary<NotificationCategory, string?>
        {
            [NotificationCategory.FollowedActivity] = request.FollowedActivity,
            [NotificationCategory.ChallengeVerified] = request.ChallengeVerified,
            [NotificationCategory.Imports] = request.Imports,
            [NotificationCategory.NewFollower] = request.NewFollower,
            [NotificationCategory.CohortDigest] = request.CohortDigest,
        };
        var errors = new ValidationErrors();
        var changes = new Dictionary<NotificationCategory, Delivery>();
        foreach (var (category, value) in requested.Where(pair => pair.Value is not null))
        {
            var field = JsonName(category);
            if (!NotificationNames.TryParseDelivery(value, out var delivery))
            {
                errors.Add(field, $"'{field}' must be 'immediate', 'daily', 'weekly' or 'off'.");
            }
            else if (category == NotificationCategory.CohortDigest && delivery == Delivery.Immediate)
            {
                errors.Add(field, $"'{field}' is a digest: 'daily', 'weekly' or 'off'.");
            }
            else
            {
                changes[category] = delivery;
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var settings = await store.ChangeAsync(user.UserId()!.Value, s =>
        {
            foreach (var (category, delivery) in changes)
            {
                s[category] = delivery;
            }
        }, cancellationToken);
        return TypedResults.Ok(settings.ToResponse());
    }

    private static string JsonName(NotificationCategory category)
    {
        var name = category.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
