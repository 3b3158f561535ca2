using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Demo;
using Nexus.Web.Features.Revisions;

namespace Nexus.Web.Features.Hubs;

public static class HubsExtensions
{
    public static IServiceCollection AddHubs(this IServiceCollection services) =>
        services.AddScoped<HubStore>().AddScoped<HubValidator>().AddScoped<DemoSeeder>();

    public static RouteGroupBuilder MapHubs(this RouteGroupBuilder api) =>
        api.MapHubEndpoints().MapRevisionEndpoints().MapVerificationEndpoints();
}
