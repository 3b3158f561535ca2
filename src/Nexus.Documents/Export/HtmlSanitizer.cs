using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Nexus.Documents;

/// <summary>
/// Allow-list sanitizer over AngleSharp's DOM: known-safe elements and attributes are rewritten,
/// script-like elements are dropped with their content, other elements are unwrapped. The walk is
/// iterative so that deeply nested input cannot exhaust the stack.
/// </summary>
internal static partial class HtmlSanitizer
{
    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "del", "s", "code", "pre",
        "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "span", "div",
        "details", "summary", "sup", "sub", "kbd", "dl", "dt", "dd", "input",
    ];

    private static readonly HashSet<string> DroppedWithContent =
        ["script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "frame", "frameset", "applet", "form", "textarea", "select", "button", "title", "head", "meta", "link", "base"];

    private static readonly HashSet<string> VoidElements = ["br", "hr", "img", "input"];

    [GeneratedRegex("^language-[A-Za-z0-9_+#-]{1,40}$")]
    private static partial Regex LanguageClass();

    [GeneratedRegex(@"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DataImage();

    public static string Sanitize(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var output = new StringBuilder(html.Length);
        var stack = new Stack<(INode Node, bool Close)>();
        PushChildren(stack, document.Body!);
        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (node is IText text)
            {
                Html.Append(output, text.Data);
                continue;
            }
            if (node is not IElement element)
                continue;
            var name = element.LocalName;
            if (close)
            {
                output.Append("</").Append(name).Append('>');
                continue;
            }
            if (DroppedWithContent.Contains(name))
                continue;
            var allowed = AllowedElements.Contains(name) && (name != "input" || element.GetAttribute("type") == "checkbox");
            if (allowed)
            {
                WriteStartTag(element, name, output);
                if (VoidElements.Contains(name))
                    continue;
                stack.Push((element, true));
            }
            PushChildren(stack, element);
        }
        return output.ToString();
    }

    /// <summary>By index: AngleSharp finds a node's sibling by searching its parent, which is quadratic on wide trees.</summary>
    private static void PushChildren(Stack<(INode Node, bool Close)> stack, INode parent)
    {
        var children = parent.ChildNodes;
        for (var k = children.Length - 1; k >= 0; k--)
            stack.Push((children[k], false));
    }

    private static void WriteStartTag(IElement element, string name, StringBuilder output)
    {
        output.Append('<').Append(name);
        foreach (var attribute in element.Attributes)
        {
            var value = attribute.Value;
            if (!IsAllowedAttribute(name, attribute.LocalName, value))
                continue;
            output.Append(' ').Append(attribute.LocalName).Append("=\"").Append(Html.Encode(value)).Append('"');
        }
        if (name == "a")
            output.Append(" rel=\"nofollow noopener noreferrer\"");
        output.Append('>');
    }

    private static bool IsAllowedAttribute(string element, string attribute, string value) => (element, attribute) switch
    {
        ("a", "href") => IsSafeUrl(value, allowDataImage: false),
        ("img", "src") => IsSafeUrl(value, allowDataImage: true),
        ("a" or "img" or "abbr", "title") or ("img", "alt") => true,
        ("img", "width" or "height") => value.All(char.IsAsciiDigit),
        ("th" or "td" or "p" or "div" or "h1" or "h2" or "h3", "align") => value is "left" or "right" or "center",
        ("code" or "pre" or "span", "class") => LanguageClass().IsMatch(value),
        ("h1" or "h2" or "h3" or "h4" or "h5" or "h6", "id") => value.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'),
        ("ol", "start") => value.All(char.IsAsciiDigit),
        ("input", "type") => value == "checkbox",
        ("input", "disabled" or "checked") or ("details", "open") => true,
        _ => false,
    };

    /// <summary>http(s), mailto and relative URLs; control characters and spaces are ignored when finding the scheme, as browsers do.</summary>
    internal static bool IsSafeUrl(string url, bool allowDataImage)
    {
        var compact = new string(url.Where(c => c > ' ').ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
            return true;
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
            return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" || (allowDataImage && scheme == "data" && DataImage().IsMatch(url.Trim()));
    }
}
