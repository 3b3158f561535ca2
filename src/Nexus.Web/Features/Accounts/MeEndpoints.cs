using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Nexus.Web.Features.Accounts;

/// <summary>The signed-in learner's own profile. Requires a valid access token.</summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Account").RequireAuthorization();
        me.MapGet("/", GetAsync).WithSummary("The signed-in learner's profile");
        me.MapPut("/", UpdateAsync).WithSummary("Update display name, track, GitHub and Discord names");
        return api;
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound>> GetAsync(ClaimsPrincipal user, AccountService accounts)
    {
        var learner = await accounts.FindAsync(user);
        return learner is null ? TypedResults.NotFound() : TypedResults.Ok(await accounts.ProfileAsync(learner));
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound, ValidationProblem>> UpdateAsync(
        UpdateProfileRequest request, ClaimsPrincipal user, AccountService accounts, CancellationToken cancellationToken)
    {
        var learner = await accounts.FindAsync(user);
        if (learner is null)
        {
            return TypedResults.NotFound();
        }

        var errors = await accounts.UpdateProfileAsync(learner, request, cancellationToken);
        return errors.Any ? TypedResults.ValidationProblem(errors.ToDictionary()) : TypedResults.Ok(await accounts.ProfileAsync(learner));
    }
}
