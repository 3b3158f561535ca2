using System.Security.Claims;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>Claim names in Nexus access tokens, and typed reads of the signed-in caller.</summary>
public static class NexusClaims
{
    public const string Subject = "sub";
    public const string Handle = "handle";
    public const string Cohort = "cohort";
    public const string Role = "role";

    /// <summary>The claims of a signed-in learner, the same in an access token and in the UI's cookie.</summary>
    public static List<Claim> For(Guid userId, string handle, string cohort, IEnumerable<string> roles)
    {
        var claims = new List<Claim> { new(Subject, userId.ToString()), new(Handle, handle), new(Cohort, cohort) };
        claims.AddRange(roles.Select(role => new Claim(Role, role)));
        return claims;
    }

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Subject), out var id) ? id : null;

    public static string? CohortOf(this ClaimsPrincipal user) => user.FindFirstValue(Cohort);
}
