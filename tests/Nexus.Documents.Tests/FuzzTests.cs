using System.Diagnostics;

namespace Nexus.Documents.Tests;

public class FuzzTests
{
    [Fact]
    public void ImportOfThousandsOfRandomAndMutatedInputsThrowsNothingButRejections()
    {
        var inputs = new FuzzInputs(7);
        var slowest = TimeSpan.Zero;
        var rejected = 0;
        for (var i = 0; i < 3000; i++)
        {
            var input = inputs.Next();
            var clock = Stopwatch.StartNew();
            try
            {
                if (i % 10 == 5)
                    SafeMarkdown.ToHtml(System.Text.Encoding.UTF8.GetString(input));
                var hub = ReadmeImporter.Import(input, TestCatalogue.Instance).Hub;
                if (i % 10 == 0)
                    SafeMarkdown.ToHtml(HubMarkdownExporter.Export(hub));
            }
            catch (DocumentRejectedException)
            {
                rejected++;
            }
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
        }
        slowest.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        rejected.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void ImportOfMutatedInputsIsDeterministic()
    {
        var first = new FuzzInputs(11);
        var second = new FuzzInputs(11);
        for (var i = 0; i < 50; i++)
            first.Next().ShouldBe(second.Next());
    }

    [Theory]
    [InlineData("# T\n\n## Technologies\n\n", "- **Docker** – x\n")]
    [InlineData("# T\n\n## Challenges\n\n", "### 1. x\n")]
    [InlineData("# T\n\n## Overview\n\n", "```\nx\n```\n")]
    [InlineData("# T\n\n## Technologies\n\n", "- a\n  - b\n")]
    [InlineData("", "â€“ ðŸš€ ðŸ¤\n")]
    public void ImportOfLargeRepetitiveInputsStaysLinear(string head, string repeated)
    {
        var lines = repeated.Count(c => c == '\n');
        var markdown = head + string.Concat(Enumerable.Repeat(repeated, Math.Min(90_000 / lines, 1_500_000 / System.Text.Encoding.UTF8.GetByteCount(repeated))));
        var clock = Stopwatch.StartNew();

        ReadmeImporter.Import(markdown, TestCatalogue.Instance);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
    }
}
