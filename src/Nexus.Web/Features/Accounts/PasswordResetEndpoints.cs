using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Http;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Token, string? Password);

/// <summary>
/// Password reset: asking always answers 202 (whether an account exists is not told), and an account's owner gets an
/// email with a single-use, expiring link. The link opens a small page; API clients POST {token, password}.
/// </summary>
public static class PasswordResetEndpoints
{
    public static RouteGroupBuilder MapPasswordResetEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(AuthServiceCollectionExtensions.AuthRateLimitPolicy);
        auth.MapPost("/forgot-password", ForgotAsync).WithSummary("Email a password reset link to the account's owner (always 202)");
        auth.MapGet("/reset-password", ResetFormAsync).WithSummary("The emailed reset link: a page to choose a new password");
        auth.MapPost("/reset-password", ResetAsync).Accepts<ResetPasswordRequest>("application/json", "application/x-www-form-urlencoded")
            .DisableAntiforgery().WithSummary("Set a new password with the token of the emailed link; signs out every session");
        return api;
    }

    private static async Task<Accepted> ForgotAsync(
        ForgotPasswordRequest request, UserManager<Learner> users, IJobQueue jobs, NexusDbContext db, CancellationToken cancellationToken)
    {
        var email = request.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && email.Length <= 256 && await users.FindByEmailAsync(email) is { } learner)
        {
            jobs.Enqueue(new SendPasswordResetEmail(learner.Id));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<SimplePage, ProblemHttpResult>> ResetFormAsync(string? token, AccountLinks links)
    {
        var (check, learner) = await links.CheckResetAsync(token);
        if (learner is null)
        {
            return BadLink(check);
        }

        return new SimplePage("Choose a new password", [$"Choose a new password for @{learner.Handle} (at least 10 characters)."],
            ResetForm(token!));
    }

    private static async Task<Results<NoContent, SimplePage, ProblemHttpResult, ValidationProblem>> ResetAsync(
        HttpRequest http, PasswordReset reset, CancellationToken cancellationToken)
    {
        var fromPage = http.HasFormContentType;
        ResetPasswordRequest? request;
        if (fromPage)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            request = new ResetPasswordRequest(form["token"], form["password"]);
        }
        else
        {
            try
            {
                request = await http.ReadFromJsonAsync<ResetPasswordRequest>(cancellationToken);
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException)
            {
                return ApiProblems.BadRequest("Unreadable request", "Send JSON {\"token\": …, \"password\": …} or the form of the reset page.");
            }
        }

        var outcome = await reset.ResetAsync(request?.Token, request?.Password, cancellationToken);
        return (outcome, fromPage) switch
        {
            (ResetOutcome.Done, true) => new SimplePage("Password changed", ["Your password is changed. Sign in with it; every other session was signed out."]),
            (ResetOutcome.Done, false) => TypedResults.NoContent(),
            (ResetOutcome.BadPassword bad, true) => new SimplePage("Choose a new password", [.. bad.Errors["password"]],
                ResetForm(request!.Token!), StatusCodes.Status400BadRequest),
            (ResetOutcome.BadPassword bad, false) => TypedResults.ValidationProblem(bad.Errors),
            (ResetOutcome.BadLink link, _) => BadLink(link.Check),
            _ => throw new InvalidOperationException($"Unexpected reset outcome {outcome}."),
        };
    }

    private static PageForm ResetForm(string token) => new(AccountLinks.ResetPath, "Set password",
        [new PageField("token", token), new PageField("password", IsPassword: true, Label: "New password")]);

    private static ProblemHttpResult BadLink(LinkCheck check) => check == LinkCheck.Expired
        ? ApiProblems.BadRequest("Reset link expired", "This password reset link has expired. Ask for a new one (POST /api/v1/auth/forgot-password).")
        : ApiProblems.BadRequest("Invalid reset link", "This password reset link is not valid: mistyped, or already used.");
}
