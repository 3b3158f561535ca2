namespace Nexus.Web.Infrastructure.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC key for access tokens (≥ 32 bytes). Every node of one deployment needs the same key;
    /// when empty, a key is generated once into the data folder (fine for a single node).</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "nexus";
    public string Audience { get; set; } = "nexus-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Failed sign-ins before the account locks, and for how long.</summary>
    public int MaxFailedAccessAttempts { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests per client address per minute on the /auth routes.</summary>
    public int AuthRequestsPerMinute { get; set; } = 20;
}

/// <summary>The <c>Admin</c> section: the first administrator, created at start-up when missing.</summary>
public sealed class BootstrapAdminOptions
{
    public const string Section = "Admin";
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string Handle { get; set; } = "admin";
}
