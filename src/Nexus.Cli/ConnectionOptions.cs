using System.CommandLine;

namespace Nexus.Cli;

/// <summary>Where a command works: a server (with a token) or the local database (acting as a learner).</summary>
public sealed class ConnectionOptions
{
    public Option<string?> Server { get; } = new("--server") { Description = "Base URL of a Nexus server, e.g. http://localhost:5080" };
    public Option<string?> Token { get; } = new("--token") { Description = "Access token for --server (or set NEXUS_TOKEN)" };
    public Option<string> DataDirectory { get; } = new("--data-dir")
    {
        Description = "Data folder of the local SQLite database (used when --server is not given)",
        DefaultValueFactory = _ => "data",
    };
    public Option<string?> ActingAs { get; } = new("--as") { Description = "Local mode: the learner handle to act as" };

    public void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(Token);
        command.Options.Add(DataDirectory);
        command.Options.Add(ActingAs);
    }

    public async Task<NexusConnection> ConnectAsync(ParseResult parse, bool needsIdentity, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Server) is { } serverText)
        {
            if (!Uri.TryCreate(serverText, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
            {
                throw new CliException($"--server must be an http(s) URL such as http://localhost:5080 (got '{serverText}').");
            }

            var token = parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("NEXUS_TOKEN");
            if (needsIdentity && string.IsNullOrWhiteSpace(token))
            {
                throw new CliException("--token (or NEXUS_TOKEN) is required with --server: imports belong to a signed-in learner.");
            }

            return NexusConnection.ToServer(server, token);
        }

        var actingAs = parse.GetValue(ActingAs);
        if (needsIdentity && string.IsNullOrWhiteSpace(actingAs))
        {
            throw new CliException("--as <handle> is required for the local database: imports belong to a learner.");
        }

        return await NexusConnection.ToLocalDatabaseAsync(parse.GetValue(DataDirectory)!, actingAs, cancellationToken);
    }
}
