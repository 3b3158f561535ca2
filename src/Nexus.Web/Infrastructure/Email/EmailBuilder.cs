using System.Net;
using System.Text;

namespace Nexus.Web.Infrastructure.Email;

/// <summary>
/// Composes an email from text blocks into the shared layout, once as HTML and once as plain text. Every piece of
/// text is HTML-encoded here, so templates cannot inject markup whatever a learner typed into a title.
/// </summary>
public sealed class EmailBuilder
{
    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();
    private string? _reason;
    private string? _unsubscribeUrl;

    public EmailBuilder(string heading)
    {
        _html.Append("<h1 style=\"font-size:20px;margin:0 0 16px\">").Append(Encode(heading)).Append("</h1>\n");
        _text.Append(heading).Append('\n').Append('=', Math.Min(heading.Length, 72)).Append("\n\n");
    }

    public EmailBuilder Paragraph(string text)
    {
        _html.Append("<p style=\"margin:0 0 12px\">").Append(Encode(text)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    public EmailBuilder Button(string label, string url)
    {
        _html.Append("<p style=\"margin:20px 0\"><a href=\"").Append(Encode(url))
            .Append("\" style=\"background:#2457d6;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none\">")
            .Append(Encode(label)).Append("</a></p>\n");
        _text.Append(label).Append(": ").Append(url).Append("\n\n");
        return this;
    }

    /// <summary>A titled list of linked items (a digest section).</summary>
    public EmailBuilder Section(string title, IEnumerable<EmailItem> items)
    {
        _html.Append("<h2 style=\"font-size:16px;margin:20px 0 8px\">").Append(Encode(title)).Append("</h2>\n<ul style=\"padding-left:20px;margin:0 0 12px\">\n");
        _text.Append(title).Append('\n').Append('-', Math.Min(title.Length, 72)).Append('\n');
        foreach (var item in items)
        {
            _html.Append("<li style=\"margin:0 0 6px\"><a href=\"").Append(Encode(item.Url)).Append("\">").Append(Encode(item.Title)).Append("</a>");
            _text.Append("* ").Append(item.Title);
            if (!string.IsNullOrEmpty(item.Detail))
            {
                _html.Append(" — ").Append(Encode(item.Detail));
                _text.Append(" — ").Append(item.Detail);
            }

            _html.Append("</li>\n");
            _text.Append("\n  ").Append(item.Url).Append('\n');
        }

        _html.Append("</ul>\n");
        _text.Append('\n');
        return this;
    }

    /// <summary>Why the recipient gets this email and, for non-essential email, the one-click unsubscribe link.</summary>
    public EmailBuilder Footer(string reason, string? unsubscribeUrl = null)
    {
        _reason = reason;
        _unsubscribeUrl = unsubscribeUrl;
        return this;
    }

    public EmailMessage Build(string to, string toName, string subject)
    {
        var html = new StringBuilder(_html.Length + 1024);
        html.Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2330\">\n")
            .Append("<div style=\"max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px\">\n")
            .Append("<p style=\"margin:0 0 20px;font-weight:600;color:#2457d6\">Nexus</p>\n")
            .Append(_html)
            .Append("<hr style=\"border:none;border-top:1px solid #e3e6eb;margin:24px 0 12px\">\n<p style=\"font-size:12px;color:#6b7280;margin:0\">");
        var text = new StringBuilder(_text.Length + 256).Append(_text).Append("--\n");
        if (_reason is not null)
        {
            html.Append(Encode(_reason)).Append(' ');
            text.Append(_reason).Append('\n');
        }

        if (_unsubscribeUrl is not null)
        {
            html.Append("<a href=\"").Append(Encode(_unsubscribeUrl)).Append("\" style=\"color:#6b7280\">Unsubscribe</a>");
            text.Append("Unsubscribe: ").Append(_unsubscribeUrl).Append('\n');
        }

        html.Append("</p>\n</div>\n</body></html>\n");
        text.Append("Nexus — learning hubs of your cohort\n");
        return new EmailMessage(to, toName, subject, html.ToString(), text.ToString(), _unsubscribeUrl);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

public sealed record EmailItem(string Title, string Url, string? Detail = null);
