using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Tests.Infrastructure;

/// <summary>The real Nexus host on its own fresh database, configured as a deployment would be.</summary>
public class NexusFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@nexus.test";
    public const string AdminPassword = "admin-password-123";

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    public NexusFactory()
        : this(new TestDatabase(), ownsDatabase: true)
    {
    }

    protected NexusFactory(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>A second node of the same deployment: same database, its own process state (caches).</summary>
    public NexusFactory SecondNode() => new(_database, ownsDatabase: false);

    public StatementCounter Statements { get; } = new();

    /// <summary>Extra configuration a test class needs (e.g. a tight rate limit).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public string Provider => _database.Provider;

    /// <summary>The emails this host sent: the real SMTP sink's when NEXUS_TEST_SMTP is set, else its pickup folder.</summary>
    public Mailbox Mail => new(Mailbox.SinkFolder ?? PickupDirectory);

    private string PickupDirectory => Path.Combine(_database.DataDirectory, "mail");

    /// <summary>Every setting this host runs with (the deployment's, then the test class's).</summary>
    public IReadOnlyDictionary<string, string?> DeploymentSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = _database.Provider,
            ["Database:DataDirectory"] = _database.DataDirectory,
            ["Database:SeedDemoData"] = "false",
            ["ConnectionStrings:Nexus"] = _database.ConnectionString,
            ["Auth:SigningKey"] = "tests-only-signing-key-0123456789abcdef0123456789",
            ["Auth:AuthRequestsPerMinute"] = "100000",
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Email:PublicBaseUrl"] = "http://localhost",
            ["Smtp:Host"] = Mailbox.HasSink ? "127.0.0.1" : "",
            ["Smtp:Port"] = Mailbox.SinkPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:PickupDirectory"] = PickupDirectory,
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in DeploymentSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<NexusDbContext>(options => options.AddInterceptors(Statements));
            services.AddSingleton<IStartupFilter, StatementCounter.RequestScope>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }
}

/// <summary>The demo cohort loaded, as `dotnet run` does on a new machine.</summary>
public sealed class DemoNexusFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
}
