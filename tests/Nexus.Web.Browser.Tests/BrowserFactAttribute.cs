namespace Nexus.Web.Browser.Tests;

/// <summary>A test that drives Debian's Chromium; skipped, saying why, where it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"needs Chromium at {ChromiumPath}: apt-get install chromium (.ci/run does)";
        }
    }
}
