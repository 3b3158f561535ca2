using System.Linq.Expressions;
using System.Security.Claims;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Hubs;

/// <summary>
/// The one place that decides who may see and change a hub (REST, GraphQL and the UI all ask here):
/// public hubs are readable by anyone; cohort hubs by signed-in members of the owner's cohort, mentors and
/// admins; private hubs by the owner and admins only. Only the owner or an admin edits or deletes.
/// </summary>
public static class HubAccessPolicy
{
    public static bool CanRead(ClaimsPrincipal user, Guid ownerId, HubVisibility visibility, string ownerCohort) => visibility switch
    {
        HubVisibility.Public => true,
        HubVisibility.Cohort => IsOwnerOrAdmin(user, ownerId) || user.IsInRole(Roles.Mentor) || (user.CohortOf() is { } cohort && cohort == ownerCohort),
        _ => IsOwnerOrAdmin(user, ownerId),
    };

    public static bool CanEdit(ClaimsPrincipal user, Guid ownerId) => IsOwnerOrAdmin(user, ownerId);

    public static bool CanVerify(ClaimsPrincipal user) => user.IsInRole(Roles.Mentor) || user.IsInRole(Roles.Admin);

    /// <summary>What the read rule needs to know about a caller, for filters over other tables than hubs (search documents).</summary>
    public static HubCaller CallerOf(ClaimsPrincipal user) =>
        new(user.IsInRole(Roles.Admin), user.UserId(), user.CohortOf(), user.IsInRole(Roles.Mentor));

    /// <summary>The same rule as <see cref="CanRead"/>, as a query filter for lists.</summary>
    public static Expression<Func<Hub, bool>> ReadableBy(ClaimsPrincipal user)
    {
        var (everything, userId, cohort, mentor) = CallerOf(user);
        if (everything)
        {
            return hub => true;
        }

        if (userId is null)
        {
            return hub => hub.Visibility == HubVisibility.Public;
        }

        return hub => hub.Visibility == HubVisibility.Public
                      || hub.OwnerId == userId
                      || (hub.Visibility == HubVisibility.Cohort && (mentor || hub.Owner.Cohort == cohort));
    }

    private static bool IsOwnerOrAdmin(ClaimsPrincipal user, Guid ownerId) =>
        user.UserId() == ownerId || user.IsInRole(Roles.Admin);
}

/// <summary>
/// A caller as <see cref="HubAccessPolicy"/> sees them: admins read everything; anonymous callers (no id) public hubs;
/// others also their own hubs and cohort hubs of their cohort, or of every cohort for mentors.
/// </summary>
public sealed record HubCaller(bool ReadsEverything, Guid? UserId, string? Cohort, bool ReadsEveryCohort);
