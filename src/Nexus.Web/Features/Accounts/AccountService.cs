using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

/// <summary>How a sign-in attempt ended.</summary>
public abstract record SignInOutcome
{
    public sealed record SignedIn(Learner Learner) : SignInOutcome;

    public sealed record InvalidCredentials : SignInOutcome;

    public sealed record Locked(DateTimeOffset? Until) : SignInOutcome;
}

/// <summary>Registration, password checks and profile changes; the REST API and the web UI both go through here.</summary>
public sealed partial class AccountService(UserManager<Learner> users, HubStore hubs, IJobQueue jobs, TimeProvider clock)
{
    public async Task<(Learner? Learner, ValidationErrors Errors)> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
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
            return (null, errors);
        }

        if (await users.Users.AnyAsync(u => u.Handle == handle, cancellationToken))
        {
            return (null, errors.Add("handle", $"The handle '{handle}' is taken."));
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
            return (null, IdentityErrors.ToValidationErrors(created));
        }

        // Saved with the role below: the verification email is sent by a job, never inside this request.
        jobs.Enqueue(new SendVerificationEmail(learner.Id));
        await users.AddToRoleAsync(learner, Roles.Learner);
        return (learner, errors);
    }

    /// <summary>Checks an email (or handle) and password, counting failures towards the lockout.</summary>
    public async Task<SignInOutcome> CheckPasswordAsync(string login, string password)
    {
        login = login.Trim();
        var learner = await users.FindByEmailAsync(login) ?? await users.FindByNameAsync(login.ToLowerInvariant());
        if (learner is null)
        {
            return new SignInOutcome.InvalidCredentials();
        }

        if (await users.IsLockedOutAsync(learner))
        {
            return new SignInOutcome.Locked(learner.LockoutEnd);
        }

        if (!await users.CheckPasswordAsync(learner, password))
        {
            await users.AccessFailedAsync(learner);
            return await users.IsLockedOutAsync(learner) ? new SignInOutcome.Locked(learner.LockoutEnd) : new SignInOutcome.InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(learner);
        return new SignInOutcome.SignedIn(learner);
    }

    public async Task<Learner?> FindAsync(ClaimsPrincipal user) =>
        user.UserId() is { } id ? await users.FindByIdAsync(id.ToString()) : null;

    public async Task<ProfileResponse> ProfileAsync(Learner learner) => new(
        learner.Id, learner.Email!, learner.EmailConfirmed, learner.Handle, learner.DisplayName, learner.Track.ToWire(), learner.Cohort,
        learner.GitHub, learner.Discord, [.. await users.GetRolesAsync(learner)]);

    public Task<IList<string>> RolesAsync(Learner learner) => users.GetRolesAsync(learner);

    public async Task<ValidationErrors> UpdateProfileAsync(Learner learner, UpdateProfileRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Required("displayName", request.DisplayName?.Trim(), 100);
        if (!TrackNames.TryParse(request.Track, out var track))
        {
            errors.Add("track", $"'track' must be {TrackNames.Expected}.");
        }

        ProfileRules.CheckSocial(errors, request.Github, request.Discord);
        if (errors.Any)
        {
            return errors;
        }

        learner.DisplayName = request.DisplayName!.Trim();
        learner.Track = track;
        learner.GitHub = ProfileRules.Clean(request.Github);
        learner.Discord = ProfileRules.Clean(request.Discord);
        learner.UpdatedAt = clock.GetUtcNow();
        var updated = await users.UpdateAsync(learner);
        if (!updated.Succeeded)
        {
            return IdentityErrors.ToValidationErrors(updated);
        }

        await hubs.TouchHubsOfOwnerAsync(learner.Id, cancellationToken);
        return errors;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[a-z][a-z0-9_-]{1,31}$")]
    private static partial Regex HandlePattern();
}
