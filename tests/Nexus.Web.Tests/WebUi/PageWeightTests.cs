using System.Net;
using System.Text.RegularExpressions;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>Reading pages stay under 100 KB of HTML, CSS and JavaScript on first load (the editor's libraries load only there).</summary>
public sealed partial class PageWeightTests(DemoNexusFactory factory) : IClassFixture<DemoNexusFactory>
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("/")]
    [InlineData("/hubs/omar-mentor-notebook")]
    [InlineData("/search?q=celery")]
    public async Task AReadingPageWithEverythingItLoadsWeighsLessThan100KB(string path)
    {
        var browser = factory.Browser();
        var html = await browser.GetPageAsync(path);
        var assets = AssetPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        if (assets.Any(a => a.StartsWith("/js/highlight.js", StringComparison.Ordinal)))
        {
            // The highlighter imports the core and one grammar per language on the page.
            assets.Add("/lib/highlight/core.min.js");
            assets.AddRange(LanguagePattern().Matches(html).Select(m => m.Groups[1].Value).Distinct().Select(l => $"/lib/highlight/languages/{l}.min.js"));
        }

        var total = System.Text.Encoding.UTF8.GetByteCount(html);
        foreach (var asset in assets)
        {
            var response = await browser.GetAsync(asset);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                total += (await response.Content.ReadAsByteArrayAsync()).Length;
            }
            else
            {
                asset.ShouldContain("/languages/", customMessage: $"{asset} is referenced by {path} but answers {response.StatusCode}");
            }
        }

        total.ShouldBeLessThan(Budget, $"{path}: {total} bytes with {string.Join(", ", assets)}");
        html.ShouldNotContain("easymde");
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js|lib)/[^\"]+)\"")]
    private static partial Regex AssetPattern();

    [GeneratedRegex("class=\"language-([a-z0-9-]+)")]
    private static partial Regex LanguagePattern();
}
