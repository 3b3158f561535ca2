using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Http;

namespace Nexus.Web.Features.Notifications;

/// <summary>
/// One-click unsubscribe (RFC 8058) without signing in: GET shows what the link turns off and a button; POST (what
/// mail clients send for List-Unsubscribe-Post) turns it off. Repeating it is harmless; a forged link is a 400.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static RouteGroupBuilder MapUnsubscribeEndpoints(this RouteGroupBuilder api)
    {
        var unsubscribe = api.MapGroup("/notifications/unsubscribe").WithTags("Notifications").AllowAnonymous();
        unsubscribe.MapGet("/", Confirm).WithSummary("The confirmation page of an emailed unsubscribe link");
        unsubscribe.MapPost("/", UnsubscribeAsync).DisableAntiforgery().WithSummary("Turn off what the signed link names (one-click)");
        return api;
    }

    private static Results<SimplePage, ProblemHttpResult> Confirm(string? token, UnsubscribeLinks links)
    {
        if (links.Read(token) is not { } link)
        {
            return InvalidLink();
        }

        return new SimplePage("Unsubscribe", [$"Stop {link.Scope.Describe()}? You can turn them on again in your notification preferences."],
            new PageForm($"{UnsubscribeLinks.Path}?token={Uri.EscapeDataString(token!)}", "Unsubscribe", [new PageField("List-Unsubscribe", "One-Click")]));
    }

    private static async Task<Results<SimplePage, ProblemHttpResult>> UnsubscribeAsync(
        string? token, UnsubscribeLinks links, NotificationSettingsStore settings, NexusDbContext db, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } link)
        {
            return InvalidLink();
        }

        // A deleted account gets no email anyway; there is nothing to change.
        if (await db.Users.AnyAsync(u => u.Id == link.LearnerId, cancellationToken))
        {
            await settings.ChangeAsync(link.LearnerId, link.Scope.Apply, cancellationToken);
        }

        return new SimplePage("Unsubscribed", [$"You will no longer receive {link.Scope.Describe()}."]);
    }

    private static ProblemHttpResult InvalidLink() =>
        ApiProblems.BadRequest("Invalid unsubscribe link", "This unsubscribe link is not one Nexus sent. Use the link from the email as it is.");
}
