using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Imports a learner's README into a hub: decode, repair mojibake, normalise, split by headings,
/// structure each section by meaning. Nothing is dropped: what is not structured stays as Markdown.
/// </summary>
public static class ReadmeImporter
{
    /// <exception cref="DocumentRejectedException">Empty, binary, too large or too deeply nested input.</exception>
    public static ImportResult Import(byte[] content, Catalogue catalogue, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        InputGuard.CheckSize(content.Length, limits);
        return Import(TextDecoder.Decode(content), catalogue, limits);
    }

    /// <exception cref="DocumentRejectedException">Empty, binary, too large or too deeply nested input.</exception>
    public static ImportResult Import(string markdown, Catalogue catalogue, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        limits ??= ImportLimits.Default;
        InputGuard.CheckSize(markdown.Length > limits.MaxBytes ? markdown.Length : Encoding.UTF8.GetByteCount(markdown), limits);
        return Import(new DecodedText(markdown, "text", false, 0), catalogue, limits);
    }

    private static ImportResult Import(DecodedText decoded, Catalogue catalogue, ImportLimits limits)
    {
        InputGuard.CheckText(decoded.Text, limits);
        var repaired = MojibakeRepairer.Repair(decoded.Text);
        var normalized = TextNormalizer.Normalize(repaired.Text);
        var encoding = new EncodingReport(decoded.Encoding, decoded.BomRemoved, decoded.InvalidBytesReplaced, repaired.SequencesRepaired,
            repaired.CodePage, repaired.Replacements, normalized.LineEndingsNormalized, normalized.TabsExpanded,
            normalized.TrailingWhitespaceTrimmed, normalized.ControlCharactersRemoved);
        var text = FenceCloser.Close(normalized.Text);
        var (hub, report) = new HubAssembler(DocumentSplitter.Split(text), catalogue).Assemble(encoding);
        return new ImportResult(hub, report);
    }
}
