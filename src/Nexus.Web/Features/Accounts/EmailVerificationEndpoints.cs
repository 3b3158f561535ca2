using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Http;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

public sealed record VerifyEmailRequest(string? Token);

public sealed record EmailVerifiedResponse(string Handle, bool EmailVerified);

/// <summary>
/// Email verification: the emailed link (GET, a page for people) or POST {token} (API clients) confirms the address;
/// verifying twice is harmless. Unverified accounts still sign in; /me shows emailVerified.
/// </summary>
public static class EmailVerificationEndpoints
{
    public static RouteGroupBuilder MapEmailVerificationEndpoints(this RouteGroupBuilder api)
    {
        var anonymous = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.AuthRateLimitPolicy);
        anonymous.MapGet("/verify-email", VerifyFromLinkAsync).WithSummary("The emailed verification link: confirms the address and shows a page");
        anonymous.MapPost("/verify-email", VerifyAsync).WithSummary("Confirm an email address with the token of the emailed link");
        api.MapGroup("/auth").WithTags("Auth").RequireAuthorization().RequireRateLimiting(AuthServiceCollectionExtensions.AuthRateLimitPolicy)
            .MapPost("/resend-verification", ResendAsync).WithSummary("Email the verification link again (202), unless the address is verified (200)");
        return api;
    }

    private static async Task<Results<SimplePage, ProblemHttpResult>> VerifyFromLinkAsync(string? token, AccountLinks links, UserManager<Learner> users)
    {
        var (learner, problem) = await ConfirmAsync(token, links, users);
        return learner is null ? problem! : new SimplePage("Email verified", [$"Thank you, @{learner.Handle}: your email address is verified."]);
    }

    private static async Task<Results<Ok<EmailVerifiedResponse>, ProblemHttpResult>> VerifyAsync(VerifyEmailRequest request, AccountLinks links, UserManager<Learner> users)
    {
        var (learner, problem) = await ConfirmAsync(request.Token, links, users);
        return learner is null ? problem! : TypedResults.Ok(new EmailVerifiedResponse(learner.Handle, true));
    }

    private static async Task<Results<Accepted, Ok<EmailVerifiedResponse>, NotFound>> ResendAsync(
        ClaimsPrincipal user, UserManager<Learner> users, IJobQueue jobs, NexusDbContext db, CancellationToken cancellationToken)
    {
        var learner = user.UserId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (learner is null)
        {
            return TypedResults.NotFound();
        }

        if (learner.EmailConfirmed)
        {
            return TypedResults.Ok(new EmailVerifiedResponse(learner.Handle, true));
        }

        jobs.Enqueue(new SendVerificationEmail(learner.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<(Learner? Learner, ProblemHttpResult? Problem)> ConfirmAsync(string? token, AccountLinks links, UserManager<Learner> users)
    {
        var (check, learner) = await links.CheckVerificationAsync(token);
        if (learner is null)
        {
            return (null, check == LinkCheck.Expired
                ? ApiProblems.BadRequest("Verification link expired", "This verification link has expired. Sign in and ask for a new one (POST /api/v1/auth/resend-verification).")
                : ApiProblems.BadRequest("Invalid verification link", "This verification link is not valid (mistyped, or the account's email changed since it was sent)."));
        }

        if (!learner.EmailConfirmed)
        {
            learner.EmailConfirmed = true;
            await users.UpdateAsync(learner);
        }

        return (learner, null);
    }
}
