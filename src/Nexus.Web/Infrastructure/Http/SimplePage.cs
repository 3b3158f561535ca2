using System.Net;
using System.Text;

namespace Nexus.Web.Infrastructure.Http;

/// <summary>A field of a <see cref="SimplePage"/> form: hidden (carried as is) or a password the person types.</summary>
public sealed record PageField(string Name, string Value = "", bool IsPassword = false, string? Label = null);

/// <summary>A form posting back to <see cref="Action"/> (same origin) with one button.</summary>
public sealed record PageForm(string Action, string Button, IReadOnlyList<PageField> Fields);

/// <summary>
/// The few self-contained HTML pages an emailed link opens (confirm an unsubscribe, choose a new password) for people
/// without an API client. Everything shown is HTML-encoded; the policy allows no script and forms to this origin only.
/// </summary>
public sealed class SimplePage(string title, IReadOnlyList<string> paragraphs, PageForm? form = null, int statusCode = StatusCodes.Status200OK) : IResult
{
    public string Title => title;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(Encode(title)).Append(" · Nexus</title></head>\n")
            .Append("<body style=\"font-family:-apple-system,'Segoe UI',Roboto,sans-serif;max-width:480px;margin:48px auto;padding:0 16px;color:#1d2330\">\n")
            .Append("<p style=\"font-weight:600;color:#2457d6\">Nexus</p>\n<h1 style=\"font-size:22px\">").Append(Encode(title)).Append("</h1>\n");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }

        if (form is not null)
        {
            html.Append("<form method=\"post\" action=\"").Append(Encode(form.Action)).Append("\">\n");
            foreach (var field in form.Fields)
            {
                html.Append(field.IsPassword
                    ? $"<p><label>{Encode(field.Label ?? field.Name)}<br><input type=\"password\" name=\"{Encode(field.Name)}\" minlength=\"10\" required autocomplete=\"new-password\"></label></p>\n"
                    : $"<input type=\"hidden\" name=\"{Encode(field.Name)}\" value=\"{Encode(field.Value)}\">\n");
            }

            html.Append("<button type=\"submit\" style=\"background:#2457d6;color:#fff;border:none;padding:10px 18px;border-radius:6px\">")
                .Append(Encode(form.Button)).Append("</button>\n</form>\n");
        }

        html.Append("</body></html>\n");
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.WriteAsync(html.ToString(), httpContext.RequestAborted);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
