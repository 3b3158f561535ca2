namespace Nexus.Documents;

/// <summary>Bounds on what one README may be. Defaults fit any real learner hub with room to spare.</summary>
public sealed record ImportLimits(int MaxBytes = 2 * 1024 * 1024, int MaxLineLength = 64 * 1024, int MaxNestingDepth = 32, int MaxLines = 100_000)
{
    public static ImportLimits Default { get; } = new();
}
