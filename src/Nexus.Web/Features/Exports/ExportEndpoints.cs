using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Documents;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.Exports;

/// <summary>
/// A hub as a README.md, a .zip (README, docs/, examples/, projects/) or a standalone sanitized HTML page: on the API
/// (bearer token) and, for the web UI's export buttons, at /hubs/{slug}/export (cookie). Same rules, same bytes.
/// </summary>
public static class ExportEndpoints
{
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/hubs/{slug}/export", ExportAsync).WithTags("Exports").AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "text/markdown")
            .WithSummary("Export a hub: format=md (default), zip or html");
        return api;
    }

    public static WebApplication MapExportDownloads(this WebApplication app)
    {
        app.MapGet("/hubs/{slug}/export", ExportAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> ExportAsync(
        string slug, ClaimsPrincipal user, HubStore store, CancellationToken cancellationToken, string format = "md")
    {
        if (format is not ("md" or "zip" or "html"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["'format' must be 'md', 'zip' or 'html'."] });
        }

        var hub = await store.LoadAsync(slug, forUpdate: false, cancellationToken);
        if (hub is null || !HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Owner.Cohort))
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        var document = HubDocumentMapper.ToDocument(HubMapper.ToResponse(hub));
        return format switch
        {
            "zip" => TypedResults.File(Zip(document), "application/zip", $"{slug}.zip"),
            "html" => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HubHtmlExporter.Export(document)), "text/html; charset=utf-8", $"{slug}.html"),
            _ => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HubMarkdownExporter.Export(document)), "text/markdown; charset=utf-8", "README.md"),
        };
    }

    private static byte[] Zip(HubDocument document)
    {
        using var buffer = new MemoryStream();
        HubArchiveExporter.Write(document, buffer);
        return buffer.ToArray();
    }
}
