namespace Nexus.Web.Features.Home;

public static class HomeExtensions
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services.AddScoped<HomeQueries>();
}
