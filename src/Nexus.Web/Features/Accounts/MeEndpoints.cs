using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

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

    private static async Task<Results<Ok<ProfileResponse>, NotFound>> GetAsync(ClaimsPrincipal user, UserManager<Learner> users)
    {
        var learner = await FindAsync(user, users);
        return learner is null ? TypedResults.NotFound() : TypedResults.Ok(await ToResponseAsync(learner, users));
    }

    private static async Task<Results<Ok<ProfileResponse>, NotFound, ValidationProblem>> UpdateAsync(
        UpdateProfileRequest request, ClaimsPrincipal user, UserManager<Learner> users, HubStore hubs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var learner = await FindAsync(user, users);
        if (learner is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        errors.Required("displayName", request.DisplayName?.Trim(), 100);
        if (!TrackNames.TryParse(request.Track, out var track))
        {
            errors.Add("track", $"'track' must be {TrackNames.Expected}.");
        }

        ProfileRules.CheckSocial(errors, request.Github, request.Discord);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        learner.DisplayName = request.DisplayName!.Trim();
        learner.Track = track;
        learner.GitHub = ProfileRules.Clean(request.Github);
        learner.Discord = ProfileRules.Clean(request.Discord);
        learner.UpdatedAt = clock.GetUtcNow();
        var updated = await users.UpdateAsync(learner);
        if (!updated.Succeeded)
        {
            return TypedResults.ValidationProblem(IdentityErrors.ToFieldErrors(updated));
        }

        await hubs.TouchHubsOfOwnerAsync(learner.Id, cancellationToken);
        return TypedResults.Ok(await ToResponseAsync(learner, users));
    }

    private static async Task<Learner?> FindAsync(ClaimsPrincipal user, UserManager<Learner> users) =>
        user.UserId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    private static async Task<ProfileResponse> ToResponseAsync(Learner learner, UserManager<Learner> users) => new(
        learner.Id, learner.Email!, learner.EmailConfirmed, learner.Handle, learner.DisplayName, learner.Track.ToWire(), learner.Cohort,
        learner.GitHub, learner.Discord, [.. await users.GetRolesAsync(learner)]);
}
