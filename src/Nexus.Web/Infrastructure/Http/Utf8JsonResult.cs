namespace Nexus.Web.Infrastructure.Http;

/// <summary>Writes already-serialized UTF-8 JSON (e.g. from a cache) without re-serializing it.</summary>
public sealed class Utf8JsonResult(byte[] json) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = json.Length;
        return httpContext.Response.Body.WriteAsync(json).AsTask();
    }
}
