namespace Nexus.Web.Infrastructure.Email;

/// <summary>
/// One rendered email. <see cref="UnsubscribeUrl"/> is set for every non-essential email: it becomes the
/// List-Unsubscribe header with one-click (RFC 8058) semantics.
/// </summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Html, string Text, string? UnsubscribeUrl = null);
