namespace Nexus.Documents;

/// <summary>Caps that keep an uploaded repository archive from becoming a bomb.</summary>
public sealed record ArchiveLimits(
    long MaxArchiveBytes = 50L * 1024 * 1024,
    long MaxTotalUnpackedBytes = 100L * 1024 * 1024,
    int MaxEntries = 5_000,
    long MaxEntryBytes = 2L * 1024 * 1024,
    double MaxCompressionRatio = 100)
{
    public static ArchiveLimits Default { get; } = new();
}
