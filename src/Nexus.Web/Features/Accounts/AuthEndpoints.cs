using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

/// <summary>Registration, sign-in, token refresh and sign-out. All anonymous, all rate limited per client address.</summary>
public static partial class AuthEndpoints
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
        RegisterRequest request, UserManager<Learner> users, SessionService sessions, IJobQueue jobs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var email = request.Email?.Trim();
        if (string.IsNullOrWhiteSpace(email) || email.Length > 256 || !EmailPattern().IsMatch(email))
        {
            errors.Add("email", "'email' must be a valid email address.");
        }

        var handle = request.Handle?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(handle) || !HandlePattern().IsMatch(handle))
        {
            errors.Add("handle", "'handle' must be 2–32 characters: lowercase letters, digits, '-' or '_', starting with a letter.");
        }

        errors.Required("displayName", request.DisplayName?.Trim(), 100);
        if (!TrackNames.TryParse(request.Track, out var track))
        {
            errors.Add("track", $"'track' must be {TrackNames.Expected}.");
        }

        errors.Required("cohort", request.Cohort?.Trim(), 32);
        ProfileRules.CheckSocial(errors, request.Github, request.Discord);
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length < 10)
        {
            errors.Add("password", "'password' must be at least 10 characters.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await users.Users.AnyAsync(u => u.Handle == handle, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["handle"] = [$"The handle '{handle}' is taken."] });
        }

        var now = clock.GetUtcNow();
        var learner = new Learner
        {
            Id = Guid.CreateVersion7(),
            UserName = handle,
            Email = email,
            Handle = handle!,
            DisplayName = request.DisplayName!.Trim(),
            Track = track,
            Cohort = request.Cohort!.Trim(),
            GitHub = ProfileRules.Clean(request.Github),
            Discord = ProfileRules.Clean(request.Discord),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var created = await users.CreateAsync(learner, request.Password!);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(IdentityErrors.ToFieldErrors(created));
        }

        // Saved with the role below: the verification email is sent by a job, never inside this request.
        jobs.Enqueue(new SendVerificationEmail(learner.Id));
        await users.AddToRoleAsync(learner, Roles.Learner);
        return TypedResults.Created("/api/v1/me", await sessions.StartAsync(learner, cancellationToken));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, UserManager<Learner> users, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credentials"] = ["'email' (or handle) and 'password' are required."],
            });
        }

        var login = request.Email.Trim();
        var learner = await users.FindByEmailAsync(login) ?? await users.FindByNameAsync(login.ToLowerInvariant());
        if (learner is null)
        {
            return InvalidCredentials();
        }

        if (await users.IsLockedOutAsync(learner))
        {
            return Locked(learner);
        }

        if (!await users.CheckPasswordAsync(learner, request.Password))
        {
            await users.AccessFailedAsync(learner);
            return await users.IsLockedOutAsync(learner) ? Locked(learner) : InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(learner);
        return TypedResults.Ok(await sessions.StartAsync(learner, cancellationToken));
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

    private static ProblemHttpResult Locked(Learner learner) => TypedResults.Problem(
        statusCode: StatusCodes.Status423Locked,
        title: "Account locked",
        detail: $"Too many failed sign-ins. The account is locked until {learner.LockoutEnd:u}.");

    private static ProblemHttpResult Unauthorized(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: title, detail: detail);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[a-z][a-z0-9_-]{1,31}$")]
    private static partial Regex HandlePattern();
}
