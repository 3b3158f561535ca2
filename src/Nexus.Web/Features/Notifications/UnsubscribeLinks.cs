using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Email;

namespace Nexus.Web.Features.Notifications;

/// <summary>What one unsubscribe link turns off: a category, or every category a digest gathers.</summary>
public sealed record UnsubscribeScope(NotificationCategory? Category, Delivery? Digest)
{
    public static UnsubscribeScope Of(NotificationCategory category) => new(category, null);

    public static UnsubscribeScope DigestOf(Delivery frequency) => new(null, frequency);

    public string ToWire() => Category?.ToWire() ?? $"{Digest!.Value.ToWire()}-digest";

    public static UnsubscribeScope? Parse(string value) =>
        NotificationNames.TryParseCategory(value, out var category) ? Of(category)
        : value == "daily-digest" ? DigestOf(Delivery.Daily)
        : value == "weekly-digest" ? DigestOf(Delivery.Weekly)
        : null;

    public string Describe() => Category is { } category ? $"emails about {category.Describe()}" : $"the {Digest!.Value.ToWire()} digest";

    /// <summary>Turns the scope's emails off; a digest scope turns off every category it gathers.</summary>
    public void Apply(NotificationSettings settings)
    {
        foreach (var category in NotificationNames.Categories.Where(c => c == Category || (Digest is { } digest && settings[c] == digest)))
        {
            settings[category] = Delivery.Off;
        }
    }
}

/// <summary>Signed one-click unsubscribe links: they work without signing in, never expire, and cannot be made for someone else.</summary>
public sealed class UnsubscribeLinks(SignedLinkTokens tokens, IOptions<EmailLinkOptions> links)
{
    public const string Purpose = "unsubscribe";
    public const string Path = "/api/v1/notifications/unsubscribe";

    public string UrlFor(Guid learnerId, UnsubscribeScope scope) =>
        links.Value.Link($"{Path}?token={tokens.Issue(Purpose, new LinkClaim(learnerId.ToString(), scope.ToWire(), null))}");

    /// <summary>The learner and scope of a genuine link; null for a forged or malformed one.</summary>
    public (Guid LearnerId, UnsubscribeScope Scope)? Read(string? token)
    {
        var claim = SignedLinkTokens.Peek(token);
        if (claim is null || tokens.Check(Purpose, token) != LinkCheck.Valid
            || !Guid.TryParse(claim.Subject, out var learnerId) || UnsubscribeScope.Parse(claim.Value) is not { } scope)
        {
            return null;
        }

        return (learnerId, scope);
    }
}
