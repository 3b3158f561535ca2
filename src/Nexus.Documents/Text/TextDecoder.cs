using System.Buffers;
using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Turns uploaded bytes into text: honours a BOM, recognises BOM-less UTF-16 by its zero bytes,
/// reads UTF-8 strictly and falls back to Windows-1252 for legacy files that are not UTF-8 at all.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], bomRemoved: true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], bigEndian: false, bomRemoved: true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], bigEndian: true, bomRemoved: true);
        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
            return DecodeUtf16(bytes, utf16.Value, bomRemoved: false);
        return DecodeUtf8(bytes, bomRemoved: false);
    }

    /// <summary>Bytes that hold U+0000, or mostly control characters, are not a README.</summary>
    public static bool LooksBinary(string text)
    {
        var span = text.AsSpan();
        var controls = 0;
        for (var at = span.IndexOfAny(BinaryControls); at >= 0; at = span.IndexOfAny(BinaryControls))
        {
            if (span[at] == '\0')
                return true;
            controls++;
            span = span[(at + 1)..];
        }
        return controls > 8 && controls * 20 > text.Length;
    }

    private static readonly SearchValues<char> BinaryControls = SearchValues.Create(
        Enumerable.Range(0, 32).Where(c => c is not ('\n' or '\r' or '\t' or '\f')).Select(c => (char)c).ToArray());

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, bool bomRemoved)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", bomRemoved, 0);
        }
        catch (DecoderFallbackException)
        {
            var invalid = CountInvalidUtf8(bytes, out var validMultiByte);
            // Any valid multi-byte sequence means UTF-8 with a few broken bytes; none means a legacy 8-bit file.
            if (validMultiByte == 0)
                return new DecodedText(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", bomRemoved, 0);
            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", bomRemoved, invalid);
        }
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, bool bomRemoved)
    {
        var encoding = new UnicodeEncoding(bigEndian, false, false);
        var odd = bytes.Length % 2;
        var text = encoding.GetString(bytes[..^odd]);
        var invalid = text.Count(c => c == '\uFFFD') + odd;
        return new DecodedText(odd == 1 ? text + '\uFFFD' : text, bigEndian ? "utf-16be" : "utf-16le", bomRemoved, invalid);
    }

    /// <summary>ASCII-heavy UTF-16 without a BOM has a zero in every other byte.</summary>
    private static bool? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
                evenZeros++;
            if (sample[i + 1] == 0)
                oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs)
            return false;
        if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs)
            return true;
        return null;
    }

    private static int CountInvalidUtf8(ReadOnlySpan<byte> bytes, out int validMultiByte)
    {
        int invalid = 0;
        validMultiByte = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
                invalid++;
            else if (rune.Value >= 0x80)
                validMultiByte++;
            bytes = bytes[consumed..];
        }
        return invalid;
    }
}
