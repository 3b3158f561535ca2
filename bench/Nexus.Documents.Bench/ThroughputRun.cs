using System.Diagnostics;
using Nexus.Documents.Tests;

namespace Nexus.Documents.Bench;

/// <param name="BestPassPerSecond">READMEs per second in the fastest pass: the least disturbed by other work on a shared machine.</param>
internal sealed record ThroughputResult(
    int Readmes, long CorpusBytes, int Passes, double Seconds, double ReadmesPerSecond, double BestPassPerSecond,
    double MegabytesPerSecond, long AllocatedBytesPerReadme, double MedianMicroseconds, double P99Microseconds);

/// <summary>Imports the corpus repeatedly on one thread: READMEs per second and bytes allocated per README.</summary>
internal static class ThroughputRun
{
    public static ThroughputResult Measure(List<byte[]> corpus, int passes)
    {
        var catalogue = TestCatalogue.Instance;
        foreach (var readme in corpus)
            ReadmeImporter.Import(readme, catalogue);
        var perReadme = new List<double>(corpus.Count * passes);
        var bestPass = double.MaxValue;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            var passStart = Stopwatch.GetTimestamp();
            foreach (var readme in corpus)
            {
                var start = Stopwatch.GetTimestamp();
                ReadmeImporter.Import(readme, catalogue);
                perReadme.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
            bestPass = Math.Min(bestPass, Stopwatch.GetElapsedTime(passStart).TotalSeconds);
        }
        total.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var count = corpus.Count * passes;
        var bytes = corpus.Sum(r => (long)r.Length);
        perReadme.Sort();
        return new ThroughputResult(corpus.Count, bytes, passes, total.Elapsed.TotalSeconds, count / total.Elapsed.TotalSeconds,
            corpus.Count / bestPass, bytes * passes / total.Elapsed.TotalSeconds / (1024 * 1024), allocated / count,
            perReadme[count / 2], perReadme[(int)(count * 0.99)]);
    }
}
