namespace Nexus.Documents.Tests;

public class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>hello", "alert")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript")]
    [InlineData("[click](JaVaScRiPt&#58;alert(1))", "alert")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>", "script:")]
    [InlineData("<iframe src=https://evil.example></iframe>", "iframe")]
    [InlineData("<object data=x.swf></object>", "object")]
    [InlineData("<p style=\"background:url(javascript:x)\">x</p>", "style")]
    [InlineData("<style>body{}</style>", "body{")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "data:")]
    [InlineData("<svg><script>alert(1)</script></svg>", "alert")]
    [InlineData("<div onclick=\"x()\">hi</div>", "onclick")]
    [InlineData("<form action=/x><button>go</button></form>", "form")]
    public void ToHtmlRemovesScriptsHandlersAndUnsafeUrls(string markdown, string forbidden)
    {
        SafeMarkdown.ToHtml(markdown).ShouldNotContain(forbidden, Case.Insensitive);
    }

    [Fact]
    public void ToHtmlKeepsOrdinaryReadmeMarkup()
    {
        var html = SafeMarkdown.ToHtml("## Title\n\n**bold** [docs](https://docs.djangoproject.com/) <kbd>Ctrl</kbd>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint('<hi>')\n```\n\n- [x] done\n\n<details><summary>More</summary>Text</details>\n\n![logo](data:image/png;base64,iVBORw0KGgo=)");

        html.ShouldContain("<h2 id=\"title\">Title</h2>");
        html.ShouldContain("<strong>bold</strong>");
        html.ShouldContain("<a href=\"https://docs.djangoproject.com/\" rel=\"nofollow noopener noreferrer\">docs</a>");
        html.ShouldContain("<kbd>Ctrl</kbd>");
        html.ShouldContain("<td>2</td>");
        html.ShouldContain("<code class=\"language-python\">print(&#39;&lt;hi&gt;&#39;)");
        html.ShouldContain("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">");
        html.ShouldContain("<details><summary>More</summary>Text</details>");
        html.ShouldContain("src=\"data:image/png;base64,iVBORw0KGgo=\"");
    }

    [Fact]
    public void ToHtmlRendersNestedRawHtmlUpToTheLimitAndRejectsDeeperNesting()
    {
        SafeMarkdown.ToHtml(string.Concat(Enumerable.Repeat("<div>", 200)) + "x").ShouldContain("x");
        Should.Throw<DocumentRejectedException>(() => SafeMarkdown.ToHtml(string.Concat(Enumerable.Repeat("<div>", 20_000)) + "x"));
    }

    [Fact]
    public void ToHtmlTurnsMarkdigsInlineDepthLimitIntoARejection()
    {
        var emphasis = string.Concat(Enumerable.Repeat("**a ", 30_000));

        Should.Throw<DocumentRejectedException>(() => SafeMarkdown.ToHtml(emphasis)).Code.ShouldBe("too-deeply-nested");
    }

    [Fact]
    public void ToHtmlRendersQuotesAndListsNestedThirtyLevelsDeep()
    {
        SafeMarkdown.ToHtml(string.Concat(Enumerable.Repeat("> ", 30)) + "x").ShouldContain("x");
        SafeMarkdown.ToHtml(string.Concat(Enumerable.Range(0, 30).Select(i => new string(' ', i * 2) + "- a\n"))).ShouldContain("<li>a");
    }
}
