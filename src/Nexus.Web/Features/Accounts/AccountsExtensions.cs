using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Accounts;

public static class AccountsExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) =>
        services.AddScoped<SessionService>().AddScoped<AccountBootstrap>().AddScoped<AccountService>().AddScoped<AccountLinks>().AddScoped<AccountEmails>().AddScoped<PasswordReset>()
            // Sending writes nothing to the database: no transaction to hold while SMTP talks.
            .AddJob<SendVerificationEmail, SendVerificationEmailHandler>(SendVerificationEmail.JobName, transactional: false)
            .AddJob<SendPasswordResetEmail, SendPasswordResetEmailHandler>(SendPasswordResetEmail.JobName, transactional: false);

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api) =>
        api.MapAuthEndpoints().MapEmailVerificationEndpoints().MapPasswordResetEndpoints().MapMeEndpoints();
}
