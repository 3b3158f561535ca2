using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Admin;

public sealed record RoleRequest(string? Role);

public sealed record CohortRequest(string? Cohort);

/// <summary>Admins grant and withdraw roles and move learners between cohorts (<see cref="AdminAccounts"/> over REST).</summary>
public static class AdminUserEndpoints
{
    public static IServiceCollection AddAdmin(this IServiceCollection services) => services.AddScoped<AdminAccounts>().AddScoped<JobAdmin>();

    public static RouteGroupBuilder MapAdminUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("Admin").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        users.MapGet("/", async Task<Results<Ok<PagedResponse<AdminUserResponse>>, ValidationProblem, ProblemHttpResult>> (
                AdminAccounts accounts, CancellationToken ct, string? q = null, int page = 1, int pageSize = 50) =>
            (await accounts.ListAsync(q, page, pageSize, ct)).ToHttpResult()).WithSummary("Accounts, by handle");
        users.MapPost("/{handle}/roles", async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> (
                string handle, RoleRequest request, AdminAccounts accounts) =>
            (await accounts.GrantAsync(handle, request.Role)).ToHttpResult()).WithSummary("Grant a role (learner, mentor, admin)");
        users.MapDelete("/{handle}/roles/{role}", async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> (
                string handle, string role, AdminAccounts accounts) =>
            (await accounts.WithdrawAsync(handle, role)).ToHttpResult()).WithSummary("Withdraw a role");
        users.MapPut("/{handle}/cohort", async Task<Results<Ok<AdminUserResponse>, ValidationProblem, ProblemHttpResult>> (
                string handle, CohortRequest request, AdminAccounts accounts, CancellationToken ct) =>
            (await accounts.MoveAsync(handle, request.Cohort, ct)).ToHttpResult()).WithSummary("Move a learner to another cohort");
        return api;
    }
}
