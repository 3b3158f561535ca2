using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Demo;
using Nexus.Web.Features.Revisions;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Hubs;

public static class HubsExtensions
{
    public static IServiceCollection AddHubs(this IServiceCollection services)
    {
        // Bounded by the bytes of cached JSON (entries set their size).
        services.AddMemoryCache(cache => cache.SizeLimit = 512L * 1024 * 1024);
        return services.AddScoped<HubStore>().AddScoped<HubCommands>().AddScoped<HubValidator>().AddScoped<DemoSeeder>().AddSingleton<HubReadCache>().AddScoped<HubReader>().AddScoped<RevisionService>()
            .AddSingleton<HubEvents>().AddSingleton<HubChangeFeed>()
            .AddDomainEvent<HubChanged>(HubChangeFeed.EventName).AddDomainEventListener<HubChanged, HubChangedListener>()
            .AddDomainEventGapListener<HubChangedListener>()
            .AddDomainEvent<ChallengeVerified>(ChallengeVerified.EventName);
    }

    public static RouteGroupBuilder MapHubs(this RouteGroupBuilder api) =>
        api.MapHubEndpoints().MapRevisionEndpoints().MapVerificationEndpoints();
}
