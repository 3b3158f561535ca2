namespace Nexus.Web.Infrastructure.Http;

/// <summary>
/// A baseline for load tests (bench/): answers N bytes of JSON straight from memory, so a benchmark can compare
/// an endpoint with the host's own ceiling. Mapped only when <c>Benchmark:BareEndpoint</c> is true.
/// </summary>
public static class BenchmarkEndpoints
{
    public static WebApplication MapBenchmarkBaseline(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Benchmark:BareEndpoint", false))
        {
            return app;
        }

        var payloads = new System.Collections.Concurrent.ConcurrentDictionary<int, byte[]>();
        app.MapGet("/bench/bare", (int bytes) =>
        {
            var size = Math.Clamp(bytes, 2, 1 << 20);
            var payload = payloads.GetOrAdd(size, n =>
            {
                var buffer = new byte[n];
                Array.Fill(buffer, (byte)'x');
                (buffer[0], buffer[1], buffer[^2], buffer[^1]) = ((byte)'[', (byte)'"', (byte)'"', (byte)']');
                return buffer;
            });
            return new Utf8JsonResult(payload);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
