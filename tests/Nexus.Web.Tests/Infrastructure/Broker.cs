using System.Diagnostics;

namespace Nexus.Web.Tests.Infrastructure;

/// <summary>Stops and starts the local RabbitMQ application (the node started by scripts/start-rabbitmq.sh).</summary>
public static class Broker
{
    public static Task StopAsync() => RunAsync("stop_app");

    public static Task StartAsync() => RunAsync("start_app");

    private static async Task RunAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", ["-n", "rabbit@localhost", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }
}
