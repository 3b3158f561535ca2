using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Infrastructure.Errors;

/// <summary>Every error leaves as ProblemDetails: bad requests and rejected documents with what was wrong, anything unexpected as a 500 without internals.</summary>
public static class ErrorHandlingExtensions
{
    public static WebApplicationBuilder AddNexusErrors(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (context.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
            {
                var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
                context.ProblemDetails.Detail ??= $"The request body is larger than this endpoint accepts ({limit} bytes).";
            }

            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id
                                                          ?? context.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Malformed JSON or parameters throw, so the handler can say precisely what was wrong (instead of an empty 400).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>The APIs answer ProblemDetails; UI addresses re-execute to the friendly error page (no stack trace).</summary>
    public static WebApplication UseNexusErrors(this WebApplication app)
    {
        app.UseWhen(http => UiCookie.IsApiPath(http.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !UiCookie.IsApiPath(http.Request.Path), ui =>
        {
            ui.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", CreateScopeForErrors = true });
            ui.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        });

        // Routing after the error handlers, so that a re-executed request is routed to the error page.
        app.UseRouting();
        return app;
    }
}

internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is Nexus.Documents.DocumentRejectedException rejected)
        {
            var status = rejected.Code is "too-large" or "archive-too-large" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                Exception = exception,
                ProblemDetails = { Status = status, Title = "The document was rejected", Detail = rejected.Message, Extensions = { ["code"] = rejected.Code } },
            });
        }

        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        http.Response.StatusCode = bad.StatusCode;
        var detail = bad.InnerException is System.Text.Json.JsonException json
            ? $"{bad.Message} {json.Message}"
            : bad.Message;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = detail,
            },
        });
    }
}
