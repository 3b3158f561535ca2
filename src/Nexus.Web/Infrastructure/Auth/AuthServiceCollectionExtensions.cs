using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Tokens;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Auth;

public static class AuthServiceCollectionExtensions
{
    public const string AuthRateLimitPolicy = "auth";
    public const string MentorPolicy = "mentor";
    public const string AdminPolicy = "admin";

    /// <summary>The default scheme: forwards to JWT bearer or to the UI cookie (see <see cref="UiCookie.SchemeFor"/>).</summary>
    public const string SchemeSelector = "nexus";

    public static WebApplicationBuilder AddNexusAuth(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.Section);
        var auth = section.Get<AuthOptions>() ?? new();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        builder.Services.Configure<AuthOptions>(section);
        builder.Services.Configure<BootstrapAdminOptions>(builder.Configuration.GetSection(BootstrapAdminOptions.Section));
        var key = SigningKeyProvider.Resolve(auth, database, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddSingleton<SignedLinkTokens>();

        builder.Services
            .AddIdentityCore<Learner>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                // Length over composition rules (NIST SP 800-63B).
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Lockout.MaxFailedAccessAttempts = auth.MaxFailedAccessAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = auth.LockoutDuration;
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<NexusDbContext>();

        builder.Services
            .AddAuthentication(SchemeSelector)
            .AddPolicyScheme(SchemeSelector, "Bearer token for the APIs, cookie for the web UI",
                policy => policy.ForwardDefaultSelector = UiCookie.SchemeFor)
            .AddCookie(UiCookie.Scheme, UiCookie.Configure)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = NexusClaims.Handle,
                    RoleClaimType = NexusClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(MentorPolicy, policy => policy.RequireRole(Roles.Mentor, Roles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AuthRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = auth.AuthRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"Too many authentication attempts from this address. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.")
                    .ExecuteAsync(http);
            };
        });

        return builder;
    }
}
