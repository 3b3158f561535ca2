using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Admin;

public sealed record RoleRequest(string? Role);

public sealed record CohortRequest(string? Cohort);

public sealed record AdminUserResponse(string Handle, string DisplayName, string Email, string Track, string Cohort, IReadOnlyList<string> Roles);

/// <summary>Admins grant and withdraw roles and move learners between cohorts. Role changes apply from the learner's next token.</summary>
public static class AdminUserEndpoints
{
    public static RouteGroupBuilder MapAdminUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("Admin").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        users.MapGet("/", ListAsync).WithSummary("Accounts, by handle");
        users.MapPost("/{handle}/roles", GrantAsync).WithSummary("Grant a role (learner, mentor, admin)");
        users.MapDelete("/{handle}/roles/{role}", WithdrawAsync).WithSummary("Withdraw a role");
        users.MapPut("/{handle}/cohort", MoveAsync).WithSummary("Move a learner to another cohort");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<AdminUserResponse>>, ValidationProblem>> ListAsync(
        UserManager<Learner> users, CancellationToken cancellationToken, string? q = null, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("q", q, 100);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(u => u.Handle.Contains(term) || u.DisplayName.ToLower().Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var learners = await query.OrderBy(u => u.Handle).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = new List<AdminUserResponse>(learners.Count);
        foreach (var learner in learners)
        {
            items.Add(await ToResponseAsync(users, learner));
        }

        return TypedResults.Ok(new PagedResponse<AdminUserResponse>(items, page, pageSize, total));
    }

    private static async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> GrantAsync(
        string handle, RoleRequest request, UserManager<Learner> users)
    {
        if (request.Role is null || !Roles.All.Contains(request.Role))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = ["'role' must be 'learner', 'mentor' or 'admin'."] });
        }

        var learner = await users.FindByNameAsync(handle.ToLowerInvariant());
        if (learner is null)
        {
            return ApiProblems.NotFound($"No account '{handle}'.");
        }

        if (!await users.IsInRoleAsync(learner, request.Role))
        {
            await users.AddToRoleAsync(learner, request.Role);
        }

        return TypedResults.Ok(await ToResponseAsync(users, learner));
    }

    private static async Task<Results<Ok<AdminUserResponse>, ProblemHttpResult>> WithdrawAsync(string handle, string role, UserManager<Learner> users)
    {
        var learner = await users.FindByNameAsync(handle.ToLowerInvariant());
        if (learner is null)
        {
            return ApiProblems.NotFound($"No account '{handle}'.");
        }

        if (role == Roles.Admin && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1 && await users.IsInRoleAsync(learner, Roles.Admin))
        {
            return ApiProblems.Conflict("This is the last administrator; grant the role to someone else first.");
        }

        if (await users.IsInRoleAsync(learner, role))
        {
            await users.RemoveFromRoleAsync(learner, role);
        }

        return TypedResults.Ok(await ToResponseAsync(users, learner));
    }

    private static async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        string handle, CohortRequest request, UserManager<Learner> users, HubStore hubs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Required("cohort", request.Cohort?.Trim(), 32);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var learner = await users.FindByNameAsync(handle.ToLowerInvariant());
        if (learner is null)
        {
            return ApiProblems.NotFound($"No account '{handle}'.");
        }

        learner.Cohort = request.Cohort!.Trim();
        learner.UpdatedAt = clock.GetUtcNow();
        await users.UpdateAsync(learner);
        await hubs.TouchHubsOfOwnerAsync(learner.Id, cancellationToken);
        return TypedResults.Ok(await ToResponseAsync(users, learner));
    }

    private static async Task<AdminUserResponse> ToResponseAsync(UserManager<Learner> users, Learner learner) => new(
        learner.Handle, learner.DisplayName, learner.Email!, learner.Track.ToWire(), learner.Cohort, [.. await users.GetRolesAsync(learner)]);
}
