using System.Diagnostics;
using Nexus.Documents.Tests;

namespace Nexus.Documents.Bench;

/// <summary>
/// Feeds fuzz inputs to the importer; every tenth input is also rendered raw, and every tenth imported
/// hub exported and rendered. Any exception other than a rejection is a failure.
/// </summary>
internal sealed record FuzzResult(int Inputs, int Imported, int Rejected, int Failures, double Seconds, double SlowestMilliseconds, IReadOnlyDictionary<string, int> RejectionCodes, IReadOnlyList<string> FailureSamples);

internal static class FuzzRun
{
    public static FuzzResult Run(int count, int seed)
    {
        var inputs = new FuzzInputs(seed);
        var codes = new Dictionary<string, int>();
        var samples = new List<string>();
        int imported = 0, rejected = 0, failures = 0;
        var slowest = 0.0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var input = inputs.Next();
            var start = Stopwatch.GetTimestamp();
            try
            {
                if (i % 10 == 5)
                    SafeMarkdown.ToHtml(System.Text.Encoding.UTF8.GetString(input));
                var hub = ReadmeImporter.Import(input, TestCatalogue.Instance).Hub;
                if (i % 10 == 0)
                    SafeMarkdown.ToHtml(HubMarkdownExporter.Export(hub));
                imported++;
            }
            catch (DocumentRejectedException e)
            {
                rejected++;
                codes[e.Code] = codes.GetValueOrDefault(e.Code) + 1;
            }
            catch (Exception e)
            {
                if (++failures <= 10)
                    samples.Add($"input {i}: {e.GetType().Name}: {e.Message}");
            }
            slowest = Math.Max(slowest, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return new FuzzResult(count, imported, rejected, failures, total.Elapsed.TotalSeconds, slowest, codes, samples);
    }
}
