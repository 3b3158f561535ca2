using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Demo;
using Nexus.Web.Features.Revisions;

namespace Nexus.Web.Features.Hubs;

public static class HubsExtensions
{
    public static IServiceCollection AddHubs(this IServiceCollection services)
    {
        // Bounded by the bytes of cached JSON (entries set their size).
        services.AddMemoryCache(cache => cache.SizeLimit = 512L * 1024 * 1024);
        return services.AddScoped<HubStore>().AddScoped<HubCommands>().AddScoped<HubValidator>().AddScoped<DemoSeeder>().AddSingleton<HubReadCache>().AddScoped<HubReader>().AddScoped<RevisionService>()
            .AddSingleton<HubEvents>().AddSingleton<HubChangeFeed>().AddHostedService<HubChangeListener>();
    }

    public static RouteGroupBuilder MapHubs(this RouteGroupBuilder api) =>
        api.MapHubEndpoints().MapRevisionEndpoints().MapVerificationEndpoints();
}
