namespace Nexus.Documents;

/// <summary>
/// A fence left open runs to the end of the document. Closing it there changes nothing in the
/// rendering, and keeps the exporter's later sections from being swallowed into the code.
/// </summary>
internal static class FenceCloser
{
    public static string Close(string text)
    {
        if (!text.Contains("```", StringComparison.Ordinal) && !text.Contains("~~~", StringComparison.Ordinal))
            return text;
        var fence = new FenceTracker();
        var span = text.AsSpan();
        // Lines end at LF only, as the section splitter sees them (not at NEL or U+2028).
        foreach (var line in span.Split('\n'))
            fence.InsideAfter(span[line]);
        return fence.IsOpen ? $"{text}\n{fence.ClosingLine}" : text;
    }
}
