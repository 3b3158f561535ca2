using System.CommandLine;

namespace Nexus.Cli;

/// <summary>The <c>nexus</c> command line: exit code 0 on success, 1 when some imports failed, 2 on usage or connection errors.</summary>
public static class NexusCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("nexus — import learner READMEs into Nexus hubs and export them back")
        {
            ImportCommand.Create(),
            ExportCommand.Create(),
        };

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException error)
        {
            await Console.Error.WriteLineAsync($"nexus: {error.Message}");
            return 2;
        }
        catch (HttpRequestException error)
        {
            await Console.Error.WriteLineAsync($"nexus: cannot reach the server: {error.Message}");
            return 2;
        }
    }
}
