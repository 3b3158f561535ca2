using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Nexus.Web.Components;

/// <summary>The browser UI: Razor Components rendered on the server (static SSR, no interactivity), htmx for partial updates.</summary>
public static class WebUiExtensions
{
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<StaticAssets>();
        builder.Services.AddSingleton<MarkdownRenderer>();
        return builder;
    }

    /// <summary>Static files first (no authentication needed for CSS and scripts).</summary>
    public static WebApplication UseWebUiAssets(this WebApplication app)
    {
        var types = new FileExtensionContentTypeProvider();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = context =>
            {
                // Versioned URLs (StaticAssets) never change content; unversioned ones are revalidated.
                context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, no-cache";
            },
        });
        return app;
    }

    /// <summary>After authentication: every UI form carries an antiforgery token and is refused without it.</summary>
    public static WebApplication UseWebUi(this WebApplication app)
    {
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapRazorComponents<App>();
        // Any method: a failed POST re-executes here too, and this page has no form to validate.
        app.MapMethods("/error/{code:int}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
                (int code, HttpContext http) =>
                {
                    http.Response.Headers[HeaderNames.CacheControl] = "no-store";
                    // A page that answered 404 itself is re-executed here with its rendering headers still set.
                    http.Response.Headers.Remove("blazor-enhanced-nav");
                    return new RazorComponentResult<ErrorDocument>(new { Code = code is >= 400 and < 600 ? code : 404 })
                    {
                        StatusCode = code is >= 400 and < 600 ? code : 404,
                    };
                })
            .AllowAnonymous().ExcludeFromDescription();
        // The editor's live preview: the same sanitizing renderer as the pages (a form post, so antiforgery applies).
        app.MapPost("/fragments/markdown-preview", ([FromForm] string? markdown) =>
                new RazorComponentResult<Shared.Markdown>(new { Text = markdown ?? "" }))
            .ExcludeFromDescription();
        return app;
    }
}
