using System.CommandLine;
using Nexus.Cli;

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
    Console.Error.WriteLine($"nexus: {error.Message}");
    return 2;
}
catch (HttpRequestException error)
{
    Console.Error.WriteLine($"nexus: cannot reach the server: {error.Message}");
    return 2;
}
