using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nexus.Web.Infrastructure.Api;

/// <summary>The OpenAPI document at /openapi/v1.json (with the bearer scheme) and Swagger UI at /swagger.</summary>
public static class OpenApiExtensions
{
    public static WebApplicationBuilder AddNexusOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer<BearerSchemeTransformer>();
            options.AddOperationTransformer<AuthorizationResponsesTransformer>();
        });
        return builder;
    }

    public static WebApplication MapNexusOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint("/openapi/v1.json", "Nexus API v1");
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "Nexus API";
        });
        return app;
    }

    private sealed class BearerSchemeTransformer : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info.Title = "Nexus API";
            document.Info.Description = "Learner hubs, the catalogue and revisions. Sign in with POST /api/v1/auth/login and send " +
                                        "the access token as 'Authorization: Bearer <token>'.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A Nexus access token from /api/v1/auth/login or /api/v1/auth/refresh.",
            };
            return Task.CompletedTask;
        }
    }

    /// <summary>Marks operations that need a token with the bearer requirement and their 401/403 answers, and documents
    /// the ProblemDetails answers every operation can give.</summary>
    private sealed class AuthorizationResponsesTransformer : IOpenApiOperationTransformer
    {
        public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Responses ??= [];
            var needsToken = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                             && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            if (needsToken)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] });
                operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid access token." });
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's owner may not do this." });
            }

            if (metadata.OfType<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>().Any())
            {
                operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests; see Retry-After." });
            }

            return Task.CompletedTask;
        }
    }
}
