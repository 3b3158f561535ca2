namespace Nexus.Documents;

/// <param name="Encoding">The encoding the bytes were read as, e.g. "utf-8", "utf-16le", "windows-1252".</param>
/// <param name="BomRemoved">Whether a byte order mark was found and dropped.</param>
/// <param name="InvalidBytesReplaced">Bytes that were not valid in that encoding and became U+FFFD.</param>
public sealed record DecodedText(string Text, string Encoding, bool BomRemoved, int InvalidBytesReplaced);
