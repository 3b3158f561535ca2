using System.Security.Claims;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>Claim names in Nexus access tokens, and typed reads of the signed-in caller.</summary>
public static class NexusClaims
{
    public const string Subject = "sub";
    public const string Handle = "handle";
    public const string Cohort = "cohort";
    public const string Role = "role";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Subject), out var id) ? id : null;

    public static string? CohortOf(this ClaimsPrincipal user) => user.FindFirstValue(Cohort);
}
