namespace Nexus.Web.Components.Shared;

/// <summary>Links built from learner data: only http(s) and mailto ever become an href (never javascript: or data:).</summary>
public static class SafeLinks
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    public static string? GitHub(string? user) =>
        string.IsNullOrWhiteSpace(user) ? null
        : Http(user) ?? $"https://github.com/{Uri.EscapeDataString(user.Trim().TrimStart('@'))}";

    public static string? Mail(string? email) =>
        email is { Length: > 3 } e && e.Contains('@') && !e.Any(char.IsWhiteSpace) ? $"mailto:{Uri.EscapeDataString(e)}".Replace("%40", "@") : null;
}
