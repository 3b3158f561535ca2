using Nexus.Web.Components;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Admin;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Follows;
using Nexus.Web.Features.Exports;
using Nexus.Web.Features.GraphQL;
using Nexus.Web.Features.Home;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Features.Notifications;
using Nexus.Web.Features.ReferenceGuide;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Email;
using Nexus.Web.Infrastructure.Errors;
using Nexus.Web.Infrastructure.Http;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web;

/// <summary>The composition root: every feature's AddX()/MapX(). The server and the CLI's local mode both start here.</summary>
public static class NexusApplication
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.AddNexusErrors();
        builder.AddNexusDatabase();
        builder.AddNexusAuth();
        builder.AddNexusOpenApi();
        builder.AddNexusHttp();
        builder.AddNexusEmail();
        builder.AddNexusJobs();
        builder.AddWebUi();
        builder.Services.AddAccounts();
        builder.Services.AddHubs();
        builder.Services.AddImports();
        builder.Services.AddSearch();
        builder.Services.AddReferenceGuide();
        builder.Services.AddFollows();
        builder.Services.AddNotifications();
        builder.Services.AddHome();
        builder.Services.AddCatalogue();
        builder.Services.AddAdmin();
        builder.Services.AddGraphQLApi(builder.Configuration);

        var app = builder.Build();
        app.UseNexusErrors();
        app.UseWebUiAssets();
        app.UseNexusHttp();
        app.UseWebUi();
        app.MapNexusOpenApi();
        app.MapNexusHealth();
        app.MapBenchmarkBaseline();

        var api = app.MapGroup("/api/v1");
        api.MapAccounts();
        api.MapHubs();
        api.MapImportsAndExports();
        api.MapCatalogueEndpoints();
        api.MapAdminUserEndpoints();
        api.MapJobAdminEndpoints();
        api.MapSearch();
        api.MapReferenceGuide();
        api.MapFollows();
        api.MapNotifications();
        app.MapGraphQLApi();
        app.MapWebUi();
        app.MapExportDownloads();
        app.MapCatalogueFragments();
        return app;
    }
}
