using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nexus.Web;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Cli;

/// <summary>
/// An HTTP client for a Nexus API: a remote server with a token, or — for the local database — Nexus itself,
/// started in this process on a loopback port, acting as the named learner. Both take the same code paths.
/// </summary>
public sealed class NexusConnection : IAsyncDisposable
{
    private readonly WebApplication? _local;

    private NexusConnection(HttpClient client, WebApplication? local)
    {
        Client = client;
        _local = local;
    }

    public HttpClient Client { get; }

    public static NexusConnection ToServer(Uri server, string? token)
    {
        var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        if (!string.IsNullOrWhiteSpace(token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return new NexusConnection(client, null);
    }

    /// <exception cref="CliException">The learner does not exist in the local database.</exception>
    public static async Task<NexusConnection> ToLocalDatabaseAsync(string dataDirectory, string? actingAs, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration["Database:DataDirectory"] = Path.GetFullPath(dataDirectory);
        builder.Configuration["Database:SeedDemoData"] = "false";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = NexusApplication.Build(builder);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var connection = new NexusConnection(client, app);
        if (actingAs is not null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Learner>>();
            var learner = await users.FindByNameAsync(actingAs.ToLowerInvariant());
            if (learner is null)
            {
                await connection.DisposeAsync();
                throw new CliException($"No learner '{actingAs}' in the local database ({Path.GetFullPath(dataDirectory)}).");
            }

            // Local mode trusts whoever can read the database file, as the server trusts its own signing key.
            var token = app.Services.GetRequiredService<AccessTokenIssuer>()
                .Issue(learner.Id, learner.Handle, learner.Cohort, await users.GetRolesAsync(learner));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_local is not null)
        {
            await _local.StopAsync();
            await _local.DisposeAsync();
        }
    }
}

/// <summary>A problem to report to the user as one clear line, with a non-zero exit code.</summary>
public sealed class CliException(string message) : Exception(message);
