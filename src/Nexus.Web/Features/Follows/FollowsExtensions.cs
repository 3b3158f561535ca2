namespace Nexus.Web.Features.Follows;

public static class FollowsExtensions
{
    public static IServiceCollection AddFollows(this IServiceCollection services) => services.AddScoped<FollowCommands>();

    public static RouteGroupBuilder MapFollows(this RouteGroupBuilder api) => api.MapFollowEndpoints();
}
