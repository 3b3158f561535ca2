using Nexus.Web.Features.Exports;

namespace Nexus.Web.Features.Imports;

public static class ImportsExtensions
{
    public static IServiceCollection AddImports(this IServiceCollection services) =>
        services.AddScoped<HubImportService>().AddScoped<ImportJobs>().AddScoped<ImportJobRunner>().AddSingleton<ImportJobSignal>().AddHostedService<ImportJobWorker>();

    public static RouteGroupBuilder MapImportsAndExports(this RouteGroupBuilder api) => api.MapImportEndpoints().MapExportEndpoints();
}
