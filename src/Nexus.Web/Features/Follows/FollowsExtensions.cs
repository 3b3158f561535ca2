using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Follows;

public static class FollowsExtensions
{
    public static IServiceCollection AddFollows(this IServiceCollection services) =>
        services.AddScoped<FollowCommands>().AddDomainEvent<LearnerFollowed>(LearnerFollowed.EventName);

    public static RouteGroupBuilder MapFollows(this RouteGroupBuilder api) => api.MapFollowEndpoints();
}
