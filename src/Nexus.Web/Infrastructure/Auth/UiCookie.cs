using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>
/// The web UI signs in with a cookie over the same accounts; the REST and GraphQL APIs keep bearer tokens. The APIs
/// never accept the cookie, so a page on another site cannot make a browser call them with the learner's session.
/// </summary>
public static class UiCookie
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static string SchemeFor(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || IsApiPath(http.Request.Path)
            ? JwtBearerDefaults.AuthenticationScheme
            : Scheme;
    }

    /// <summary>Addresses of the machine APIs (ProblemDetails, bearer tokens); everything else is the UI.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/graphql") || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments("/swagger") || path.StartsWithSegments("/health");

    /// <summary>Starts a UI session carrying the same claims as an access token.</summary>
    public static Task SignInAsync(HttpContext http, Guid userId, string handle, string cohort, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(NexusClaims.For(userId, handle, cohort, roles), Scheme, NexusClaims.Handle, NexusClaims.Role);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    /// <summary>A return address that stays on this site; anything else becomes the home page.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "nexus.session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = "/signin";
        cookie.LogoutPath = "/signout";
        cookie.AccessDeniedPath = "/error/403";
        cookie.ReturnUrlParameter = "returnUrl";
    }
}
