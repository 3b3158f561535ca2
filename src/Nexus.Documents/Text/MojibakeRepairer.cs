using System.Globalization;
using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Reverses UTF-8 that was decoded with a single-byte code page ("â€“" → "–", "ðŸš€" → "🚀").
/// Only runs of characters that decompose completely into UTF-8 sequences are touched, so correct
/// text with é, ü, ß, ™ or “quotes” stays as it is. Sequences that lost a byte become U+FFFD.
/// </summary>
public static class MojibakeRepairer
{
    private const char Replacement = '\uFFFD';
    private const int MaxPasses = 3;
    private const int Lost = -1;
    private const int DroppedLead = -2;

    public static MojibakeResult Repair(string text)
    {
        string? firstCodePage = null;
        int repaired = 0, replaced = 0;
        // Text saved wrongly twice needs a second pass; each pass only runs when the previous one changed something.
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var best = PickCodePage(text);
            if (best is null)
                break;
            var (fixedText, sequences, replacements) = Apply(text, best);
            text = fixedText;
            repaired += sequences;
            replaced += replacements;
            firstCodePage ??= best.Name;
        }
        return new MojibakeResult(text, repaired, firstCodePage, replaced);
    }

    private static CodePageMap? PickCodePage(string text)
    {
        if (!HasCandidateCharacters(text))
            return null;
        CodePageMap? best = null;
        var bestScore = 0;
        foreach (var map in CodePageMap.All)
        {
            var score = Scan(text, map, null).Sequences;
            if (score > bestScore)
            {
                best = map;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>Mojibake needs two adjacent non-ASCII characters from the code-page range (emoji surrogates are not).</summary>
    private static bool HasCandidateCharacters(string text)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyExceptInRange('\0', '\x7F');
        while (i >= 0 && i + 1 < span.Length)
        {
            if (IsCodePageRange(span[i]) && IsCodePageRange(span[i + 1]))
                return true;
            var next = span[(i + 1)..].IndexOfAnyExceptInRange('\0', '\x7F');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    private static bool IsCodePageRange(char c) => c is >= '\x80' and < '\u2200' or '\uF8FF' or '\uFB01' or '\uFB02' or '\uFFFD';

    private static (string Text, int Sequences, int Replacements) Apply(string text, CodePageMap map)
    {
        var builder = new StringBuilder(text.Length);
        var (sequences, replacements) = Scan(text, map, builder);
        return (builder.ToString(), sequences, replacements);
    }

    /// <summary>Walks runs of code-page characters; with a builder, writes the repaired text.</summary>
    private static (int Sequences, int Replacements) Scan(string text, CodePageMap map, StringBuilder? output)
    {
        int sequences = 0, replacements = 0, copied = 0, i = 0;
        Span<byte> bytes = stackalloc byte[4];
        var decoded = new List<int>();
        Span<char> utf16 = stackalloc char[2];
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                var next = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\x7F');
                if (next < 0)
                    break;
                i += next;
            }
            if (map.ByteOf(text[i]) == 0)
            {
                i++;
                continue;
            }
            var runStart = i;
            while (i < text.Length && map.ByteOf(text[i]) != 0)
                i++;
            var runEnd = i;
            if (runEnd < text.Length && text[runEnd] == Replacement)
                runEnd++;
            decoded.Clear();
            if (!Decompose(text, runStart, ref runEnd, map, bytes, decoded))
                continue;
            i = runEnd;
            foreach (var scalar in decoded)
            {
                if (scalar == Lost)
                    replacements++;
                else
                    sequences++;
            }
            if (output is null)
                continue;
            output.Append(text, copied, runStart - copied);
            foreach (var scalar in decoded)
            {
                if (scalar == Lost)
                    output.Append(Replacement);
                else if (scalar != DroppedLead)
                    output.Append(utf16[..new Rune(scalar).EncodeToUtf16(utf16)]);
            }
            copied = runEnd;
        }
        output?.Append(text, copied, text.Length - copied);
        return (sequences, replacements);
    }

    /// <summary>
    /// Splits [start, end) into UTF-8 sequences; fails unless every character belongs to one. A sequence
    /// cut short (a lost byte, or one the reader turned into U+FFFD) is recorded as <see cref="Lost"/>.
    /// </summary>
    private static bool Decompose(string text, int start, ref int end, CodePageMap map, Span<byte> bytes, List<int> decoded)
    {
        var i = start;
        while (i < end)
        {
            if (text[i] == Replacement)
            {
                end = i;
                break;
            }
            var lead = map.ByteOf(text[i]);
            var need = Utf8Rules.ContinuationBytesAfter(lead);
            if (need < 0 && i == start && (start == 0 || text[start - 1] < 0x80) && TryLostEmojiLead(text, i, end, map, out var emoji))
            {
                decoded.Add(emoji);
                i += 3;
                continue;
            }
            if (need < 0)
                return false;
            bytes[0] = lead;
            var got = 0;
            while (got < need && i + 1 + got < end && Utf8Rules.IsContinuation(lead, got, map.ByteOf(text[i + 1 + got])))
            {
                bytes[got + 1] = map.ByteOf(text[i + 1 + got]);
                got++;
            }
            if (got == need)
            {
                var scalar = Utf8Rules.ScalarOf(bytes[..(need + 1)]);
                if (!Utf8Rules.IsPlausible(scalar, need))
                    return false;
                decoded.Add(scalar);
                i += need + 1;
                continue;
            }
            if (got == 0 && lead == 0xC2 && i + 1 == end && end < text.Length && text[end] == ' ')
            {
                // A no-break space (C2 A0) whose second byte became a plain space: "Â " → " ".
                decoded.Add(DroppedLead);
                i++;
                continue;
            }
            var next = i + 1 + got;
            var lostToReplacement = next < end && text[next] == Replacement;
            if (got == 0 && !lostToReplacement)
                return false;
            decoded.Add(Lost);
            i = lostToReplacement ? next + 1 : next;
        }
        return decoded.Count > 0;
    }

    /// <summary>
    /// Mac Roman shows the emoji lead byte F0 as the Apple logo, which is often lost: "üöÄ" is 🚀 without
    /// it. Three continuation bytes starting with 9F, right after plain text, can only have come from F0 (emoji planes).
    /// </summary>
    private static bool TryLostEmojiLead(string text, int i, int end, CodePageMap map, out int scalar)
    {
        scalar = 0;
        if (i + 3 > end || map.ByteOf(text[i]) != 0x9F)
            return false;
        var second = map.ByteOf(text[i + 1]);
        var third = map.ByteOf(text[i + 2]);
        if (second is < 0x80 or > 0xBF || third is < 0x80 or > 0xBF)
            return false;
        scalar = Utf8Rules.ScalarOf([0xF0, 0x9F, second, third]);
        return CharUnicodeInfo.GetUnicodeCategory(scalar) == UnicodeCategory.OtherSymbol;
    }
}
