using System.Diagnostics;
using Nexus.Documents.Tests;

namespace Nexus.Documents.Bench;

/// <summary>Imports the corpus repeatedly on one thread: READMEs per second and bytes allocated per README.</summary>
internal sealed record ThroughputResult(int Readmes, long CorpusBytes, int Passes, double Seconds, double ReadmesPerSecond, double MegabytesPerSecond, long AllocatedBytesPerReadme, double MedianMicroseconds, double P99Microseconds);

internal static class ThroughputRun
{
    public static ThroughputResult Measure(List<byte[]> corpus, int passes)
    {
        var catalogue = TestCatalogue.Instance;
        foreach (var readme in corpus)
            ReadmeImporter.Import(readme, catalogue);
        var perReadme = new List<double>(corpus.Count * passes);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var readme in corpus)
            {
                var start = Stopwatch.GetTimestamp();
                ReadmeImporter.Import(readme, catalogue);
                perReadme.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }
        total.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var count = corpus.Count * passes;
        var bytes = corpus.Sum(r => (long)r.Length);
        perReadme.Sort();
        return new ThroughputResult(corpus.Count, bytes, passes, total.Elapsed.TotalSeconds, count / total.Elapsed.TotalSeconds,
            bytes * passes / total.Elapsed.TotalSeconds / (1024 * 1024), allocated / count, perReadme[count / 2], perReadme[(int)(count * 0.99)]);
    }
}
