using System.Security.Claims;
using Nexus.GraphQL.Execution;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// What resolvers know about the request: the caller and a way to the database. Resolvers and DataLoader batches of
/// one operation run interleaved, and a DbContext allows one command at a time, so each database call gets its own
/// (pooled) context from a fresh scope.
/// </summary>
public sealed class GraphQLRequestContext(ClaimsPrincipal user, IServiceScopeFactory scopes, GraphQLApiOptions options)
{
    public ClaimsPrincipal User { get; } = user;

    public GraphQLApiOptions Options { get; } = options;

    public async Task<T> WithDbAsync<T>(Func<NexusDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<NexusDbContext>());
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

public static class ResolveContextExtensions
{
    public static GraphQLRequestContext Nexus(this ResolveContext context) => (GraphQLRequestContext)context.UserContext!;
}
