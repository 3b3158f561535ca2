using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Nexus.Documents.Bench;

// Usage: dotnet run -c Release --project bench/Nexus.Documents.Bench [results-file] [fuzz-count]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var resultsPath = args.Length > 0 ? args[0] : "bench/RESULTS-documents.md";
var fuzzCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;

// One core: the target is per-core throughput.
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
    System.Diagnostics.Process.GetCurrentProcess().ProcessorAffinity = 1;

var loadBefore = LoadAverage();
var corpus = Corpus.Build(1_000, seed: 42);
var throughput = ThroughputRun.Measure(corpus, passes: 5);
Console.WriteLine(throughput);
var fuzz = FuzzRun.Run(fuzzCount, seed: 4242);
Console.WriteLine(fuzz with { RejectionCodes = new Dictionary<string, int>() });

var report = new StringBuilder();
report.AppendLine("# Nexus.Documents benchmark results");
report.AppendLine();
report.AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores available, pinned to one core, Release build.");
report.AppendLine($"Load average (1 min) at start: {loadBefore}; the machine is shared with other builds, so the fastest pass is given beside the mean.");
report.AppendLine("Reproduce with `dotnet run -c Release --project bench/Nexus.Documents.Bench`.");
report.AppendLine();
report.AppendLine("## Import throughput (decode + mojibake repair + normalise + structure)");
report.AppendLine();
report.AppendLine($"Corpus: {throughput.Readmes:N0} generated READMEs, 2–10 KB each ({throughput.CorpusBytes / 1024.0:N0} KB in all, one in four saved as Windows-1252 mojibake), imported {throughput.Passes} times after a warm-up pass.");
report.AppendLine();
report.AppendLine("| measure | value |");
report.AppendLine("|---|---|");
report.AppendLine($"| READMEs per second (one core, all passes) | **{throughput.ReadmesPerSecond:N0}** (target ≥ 2,000) |");
report.AppendLine($"| READMEs per second (fastest pass) | {throughput.BestPassPerSecond:N0} |");
report.AppendLine($"| throughput | {throughput.MegabytesPerSecond:N1} MB/s |");
report.AppendLine($"| median / p99 per README | {throughput.MedianMicroseconds:N0} µs / {throughput.P99Microseconds:N0} µs |");
report.AppendLine($"| allocated per README (GC.GetAllocatedBytesForCurrentThread) | {throughput.AllocatedBytesPerReadme / 1024.0:N1} KB |");
report.AppendLine($"| total | {throughput.Readmes * throughput.Passes:N0} imports in {throughput.Seconds:N2} s |");
report.AppendLine();
report.AppendLine("## Fuzz run");
report.AppendLine();
report.AppendLine($"{fuzz.Inputs:N0} inputs (random bytes, Markdown token soup, generated READMEs as UTF-8 / UTF-16 / Windows-1252, each mutated by byte flips, insertions, deletions and splices); every tenth input is also rendered raw through SafeMarkdown, and every tenth imported hub exported and rendered.");
report.AppendLine();
report.AppendLine("| measure | value |");
report.AppendLine("|---|---|");
report.AppendLine($"| imported | {fuzz.Imported:N0} |");
report.AppendLine($"| rejected with DocumentRejectedException | {fuzz.Rejected:N0} ({string.Join(", ", fuzz.RejectionCodes.OrderByDescending(c => c.Value).Select(c => $"{c.Key}: {c.Value:N0}"))}) |");
report.AppendLine($"| any other exception | **{fuzz.Failures}** |");
report.AppendLine($"| slowest single input | {fuzz.SlowestMilliseconds:N1} ms |");
report.AppendLine($"| total time | {fuzz.Seconds:N1} s |");
foreach (var failure in fuzz.FailureSamples)
    report.AppendLine($"- {failure}");
File.WriteAllText(resultsPath, report.ToString());
Console.WriteLine(report);
return fuzz.Failures == 0 ? 0 : 1;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
