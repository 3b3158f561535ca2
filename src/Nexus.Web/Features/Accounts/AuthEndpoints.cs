using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Accounts;

/// <summary>Registration, sign-in, token refresh and sign-out. All anonymous, all rate limited per client address.</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.AuthRateLimitPolicy);
        auth.MapPost("/register", RegisterAsync).WithSummary("Create a learner account and sign in");
        auth.MapPost("/login", LoginAsync).WithSummary("Sign in with email (or handle) and password");
        auth.MapPost("/refresh", RefreshAsync).WithSummary("Exchange a refresh token for a new token pair (rotating)");
        auth.MapPost("/logout", LogoutAsync).WithSummary("Revoke the session of a refresh token");
        return api;
    }

    private static async Task<Results<Created<TokenResponse>, ValidationProblem>> RegisterAsync(
        RegisterRequest request, AccountService accounts, SessionService sessions, CancellationToken cancellationToken)
    {
        var (learner, errors) = await accounts.RegisterAsync(request, cancellationToken);
        return learner is null
            ? TypedResults.ValidationProblem(errors.ToDictionary())
            : TypedResults.Created("/api/v1/me", await sessions.StartAsync(learner, cancellationToken));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, AccountService accounts, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credentials"] = ["'email' (or handle) and 'password' are required."],
            });
        }

        return await accounts.CheckPasswordAsync(request.Email, request.Password) switch
        {
            SignInOutcome.SignedIn signedIn => TypedResults.Ok(await sessions.StartAsync(signedIn.Learner, cancellationToken)),
            SignInOutcome.Locked locked => TypedResults.Problem(
                statusCode: StatusCodes.Status423Locked,
                title: "Account locked",
                detail: $"Too many failed sign-ins. The account is locked until {locked.Until:u}."),
            _ => InvalidCredentials(),
        };
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> RefreshAsync(
        RefreshRequest request, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["refreshToken"] = ["'refreshToken' is required."] });
        }

        var (outcome, tokens) = await sessions.RefreshAsync(request.RefreshToken, cancellationToken);
        return outcome switch
        {
            RefreshOutcome.Refreshed => TypedResults.Ok(tokens!),
            RefreshOutcome.ReuseDetected => Unauthorized("Refresh token reused",
                "This refresh token was already used. For safety every token of this session is now revoked; sign in again."),
            RefreshOutcome.Expired => Unauthorized("Refresh token expired", "Sign in again."),
            RefreshOutcome.Revoked => Unauthorized("Refresh token revoked", "This session was ended; sign in again."),
            _ => Unauthorized("Unknown refresh token", "The refresh token is not valid."),
        };
    }

    private static async Task<NoContent> LogoutAsync(RefreshRequest request, SessionService sessions, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            await sessions.EndAsync(request.RefreshToken, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult InvalidCredentials() =>
        Unauthorized("Invalid credentials", "The email (or handle) and password do not match an account.");

    private static ProblemHttpResult Unauthorized(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title, detail: detail);
}
