namespace Nexus.Web.Features.Accounts;

public static class AccountsExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) =>
        services.AddScoped<SessionService>().AddScoped<AccountBootstrap>().AddScoped<AccountService>();

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api) => api.MapAuthEndpoints().MapMeEndpoints();
}
