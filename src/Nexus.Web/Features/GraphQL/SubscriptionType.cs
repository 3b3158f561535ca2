using System.Runtime.CompilerServices;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// The Subscription root, fed by <see cref="HubEvents"/> (this node's commits and other nodes' notices). Every event
/// reloads the hub as the subscriber: what they may not read is never sent.
/// </summary>
public static class SubscriptionType
{
    public static SchemaBuilder AddSubscriptionType(this SchemaBuilder schema) => schema
        .Subscription("Subscription", s => s
            .Field("hubUpdated", "Hub!", f => f
                .Description("The hub after each committed change (edits, verifications, catalogue renames) the subscriber may read.")
                .Argument("slug", "String!")
                .Subscribe(c => HubUpdatedAsync(c, c.Argument<string>("slug"), c.CancellationToken)))
            .Field("hubPublished", "Hub!", f => f
                .Description("Each new hub the subscriber may read, optionally only from one cohort.")
                .Argument("cohort", "String")
                .Subscribe(c => HubPublishedAsync(c, c.Argument<string?>("cohort"), c.CancellationToken))));

    private static async IAsyncEnumerable<object?> HubUpdatedAsync(ResolveContext context, string slug,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var nexus = context.Nexus();
        var events = context.Services!.GetRequiredService<HubEvents>();
        await foreach (var change in events.ListenAsync(cancellationToken))
        {
            if ((change.Slug == slug || change.Slug == HubChangeFeed.Everything)
                && await QueryType.FindHubAsync(nexus, slug, cancellationToken) is { } hub)
            {
                yield return hub;
            }
        }
    }

    private static async IAsyncEnumerable<object?> HubPublishedAsync(ResolveContext context, string? cohort,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var nexus = context.Nexus();
        var events = context.Services!.GetRequiredService<HubEvents>();
        await foreach (var change in events.ListenAsync(cancellationToken))
        {
            if (change.IsCreation
                && await QueryType.FindHubAsync(nexus, change.Slug, cancellationToken) is { } hub
                && (string.IsNullOrWhiteSpace(cohort) || hub.Owner.Cohort == cohort.Trim()))
            {
                yield return hub;
            }
        }
    }
}
