using Nexus.Web.Features.Exports;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Imports;

public static class ImportsExtensions
{
    public static IServiceCollection AddImports(this IServiceCollection services) =>
        services.AddScoped<HubImportService>().AddScoped<ImportJobs>()
            .AddJob<ArchiveImportJob, ArchiveImportHandler>(ArchiveImportHandler.JobName, maxAttempts: 3, transactional: false)
            .AddDomainEvent<ImportFinished>(ImportFinished.EventName);

    public static RouteGroupBuilder MapImportsAndExports(this RouteGroupBuilder api) => api.MapImportEndpoints().MapExportEndpoints();
}
