using System.Text.RegularExpressions;

namespace Nexus.Documents;

/// <summary>Resources from list items that start with a link ("[Title](url) – note") or are a bare URL.</summary>
internal static partial class ResourceParser
{
    [GeneratedRegex(@"^\[(?<title>(?:\\.|[^\]\\])*)\]\(\s*(?:<(?<url>[^>]*)>|(?<url>[^\s)]+))\s*\)(?<rest>.*)$")]
    private static partial Regex LeadingLink();

    [GeneratedRegex(@"^<?(?<url>(?:https?|mailto|ftp):[^\s>]+)>?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    public static bool TryParse(string itemText, out ResourceDocument resource)
    {
        var text = itemText.Trim();
        var link = LeadingLink().Match(text);
        if (link.Success)
        {
            var title = Inline.Unescape(link.Groups["title"].Value).Trim();
            var rest = link.Groups["rest"].Value.Trim();
            resource = new ResourceDocument(rest.Length > 0 ? $"{title} {rest}" : title, link.Groups["url"].Value);
            return true;
        }
        var bare = BareUrl().Match(text);
        resource = new ResourceDocument(bare.Groups["url"].Value, bare.Groups["url"].Value);
        return bare.Success;
    }

    /// <summary>Every URL in a piece of text, for author lines ("GitHub: [@me](https://github.com/me)").</summary>
    [GeneratedRegex(@"(?:https?://|mailto:)[^\s)>\]]+", RegexOptions.IgnoreCase)]
    public static partial Regex AnyUrl();
}
