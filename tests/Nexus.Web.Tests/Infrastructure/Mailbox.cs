using System.Text;
using System.Text.RegularExpressions;

namespace Nexus.Web.Tests.Infrastructure;

/// <summary>An email as a test reads it: headers, and the decoded plain-text and HTML alternatives.</summary>
public sealed record ReceivedEmail(IReadOnlyDictionary<string, string> Headers, string Text, string Html)
{
    public string Subject => Headers.GetValueOrDefault("Subject", "");

    /// <summary>The first link in the plain text that starts with <paramref name="prefix"/> (a path such as /api/v1/auth/verify-email).</summary>
    public string Link(string prefix)
    {
        var match = Regex.Match(Text, $@"https?://\S*{Regex.Escape(prefix)}\S*");
        match.Success.ShouldBeTrue($"no link to {prefix} in:\n{Text}");
        return match.Value;
    }
}

/// <summary>
/// Where the test host's emails land: the real SMTP sink's Maildir when NEXUS_TEST_SMTP names it (the host then sends
/// to 127.0.0.1:2525), otherwise the host's pickup folder. Tests tell their emails apart by unique recipients.
/// </summary>
public sealed partial class Mailbox(string folder)
{
    public const string SinkVariable = "NEXUS_TEST_SMTP";
    public const int SinkPort = 2525;

    public static string? SinkFolder => Environment.GetEnvironmentVariable(SinkVariable) is { Length: > 0 } folder ? folder : null;

    public static bool HasSink => SinkFolder is not null;

    public async Task<ReceivedEmail> WaitForAsync(string to, string subjectContains, TimeSpan? timeout = null)
    {
        var emails = await WaitForCountAsync(to, subjectContains, 1, timeout);
        return emails[0];
    }

    public async Task<IReadOnlyList<ReceivedEmail>> WaitForCountAsync(string to, string subjectContains, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = All(to).Where(e => e.Subject.Contains(subjectContains, StringComparison.Ordinal)).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                found.Count.ShouldBeGreaterThanOrEqualTo(count, $"emails to {to} about '{subjectContains}': {string.Join(", ", All(to).Select(e => e.Subject))}");
                return found;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Every email received so far for the address, oldest first.</summary>
    public IReadOnlyList<ReceivedEmail> All(string to)
    {
        var files = new[] { folder, Path.Combine(folder, "new"), Path.Combine(folder, "cur") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d).Where(f => !Path.GetFileName(f).StartsWith('.')))
            .Select(f => new FileInfo(f)).OrderBy(f => f.LastWriteTimeUtc);
        var emails = new List<ReceivedEmail>();
        foreach (var file in files)
        {
            string raw;
            try
            {
                raw = File.ReadAllText(file.FullName);
            }
            catch (IOException)
            {
                continue;
            }

            var email = Parse(raw);
            if (email.Headers.GetValueOrDefault("To", "").Contains(to, StringComparison.OrdinalIgnoreCase))
            {
                emails.Add(email);
            }
        }

        return emails;
    }

    internal static ReceivedEmail Parse(string raw)
    {
        var (headers, body) = SplitHeaders(raw.Replace("\r\n", "\n"));
        var text = "";
        var html = "";
        var boundary = BoundaryPattern().Match(headers.GetValueOrDefault("Content-Type", ""));
        var parts = boundary.Success
            ? body.Split("--" + boundary.Groups[1].Value).Skip(1).Where(p => !p.StartsWith("--", StringComparison.Ordinal))
            : [raw.Replace("\r\n", "\n")];
        foreach (var part in parts)
        {
            var (partHeaders, partBody) = SplitHeaders(part.TrimStart('\n'));
            var decoded = Decode(partHeaders.GetValueOrDefault("Content-Transfer-Encoding", ""), partBody);
            if (partHeaders.GetValueOrDefault("Content-Type", "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = decoded;
            }
            else
            {
                text = decoded;
            }
        }

        return new ReceivedEmail(headers, text, html);
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string raw)
    {
        var end = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? raw : raw[..end];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':') is > 0 and var colon)
            {
                last = line[..colon];
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        foreach (var key in headers.Keys.ToList())
        {
            // Whitespace between adjacent encoded words is folding, not text (RFC 2047 §6.2).
            var joined = AdjacentEncodedWordsPattern().Replace(headers[key], "?==?");
            headers[key] = EncodedWordPattern().Replace(joined, m => Decode(m.Groups[1].Value.ToUpperInvariant() == "B" ? "base64" : "q-word", m.Groups[2].Value));
        }

        return (headers, end < 0 ? "" : raw[(end + 2)..]);
    }

    private static string Decode(string transferEncoding, string body) => transferEncoding.ToLowerInvariant() switch
    {
        "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
        "quoted-printable" => QuotedPrintable(body.Replace("=\n", "")),
        "q-word" => QuotedPrintable(body.Replace('_', ' ')),
        _ => body,
    };

    private static string QuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?utf-8\?([BbQq])\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"\?=\s+=\?(?=utf-8\?)", RegexOptions.IgnoreCase)]
    private static partial Regex AdjacentEncodedWordsPattern();
}
