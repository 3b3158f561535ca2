using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue.Pages;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Catalogue;

/// <summary>HTML fragments htmx asks for: catalogue suggestions for the hub editor's technology and concept pickers.</summary>
public static class CatalogueFragments
{
    public const int MaxSuggestions = 20;

    public static WebApplication MapCatalogueFragments(this WebApplication app)
    {
        app.MapGet("/fragments/catalogue-options", OptionsAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>htmx sends the input under its own form name; every parameter but <c>kind</c> is the typed text.</summary>
    private static async Task<RazorComponentResult<CatalogueOptions>> OptionsAsync(HttpContext http, NexusDbContext db, CancellationToken cancellationToken)
    {
        var kind = http.Request.Query["kind"] == "concept" ? TopicKind.Concept : TopicKind.Technology;
        var typed = http.Request.Query.Where(p => p.Key != "kind").Select(p => p.Value.ToString()).FirstOrDefault();
        var text = typed is { Length: > 100 } ? typed[..100] : typed;
        var entries = await CatalogueEndpoints.Matching(db, kind, text).OrderBy(e => e.Name).Take(MaxSuggestions).ToListAsync(cancellationToken);
        return new RazorComponentResult<CatalogueOptions>(new { Entries = entries });
    }
}
