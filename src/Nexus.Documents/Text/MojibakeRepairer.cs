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
        var decoded = new List<(int Start, int Length, int Scalar)>();
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
            foreach (var (_, _, scalar) in decoded)
            {
                if (scalar < 0)
                    replacements++;
                else
                    sequences++;
            }
            if (output is null)
                continue;
            output.Append(text, copied, runStart - copied);
            foreach (var (_, _, scalar) in decoded)
            {
                if (scalar < 0)
                    output.Append(Replacement);
                else
                    output.Append(char.ConvertFromUtf32(scalar));
            }
            copied = runEnd;
        }
        output?.Append(text, copied, text.Length - copied);
        return (sequences, replacements);
    }

    /// <summary>
    /// Splits [start, end) into UTF-8 sequences; fails unless every character belongs to one. A sequence
    /// cut short (a lost byte, or one the reader turned into U+FFFD) is recorded with scalar -1.
    /// </summary>
    private static bool Decompose(string text, int start, ref int end, CodePageMap map, Span<byte> bytes, List<(int, int, int)> decoded)
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
            var need = lead switch
            {
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => -1,
            };
            if (need < 0 && i == start && (start == 0 || text[start - 1] < 0x80) && TryLostEmojiLead(text, i, end, map, out var emoji))
            {
                decoded.Add((i, 3, emoji));
                i += 3;
                continue;
            }
            if (need < 0)
                return false;
            bytes[0] = lead;
            var got = 0;
            while (got < need && i + 1 + got < end && IsContinuation(lead, got, map.ByteOf(text[i + 1 + got])))
            {
                bytes[got + 1] = map.ByteOf(text[i + 1 + got]);
                got++;
            }
            if (got == need)
            {
                var scalar = ScalarOf(bytes[..(need + 1)]);
                if (!IsPlausible(scalar, need))
                    return false;
                decoded.Add((i, need + 1, scalar));
                i += need + 1;
                continue;
            }
            var next = i + 1 + got;
            var lostToReplacement = next < end && text[next] == Replacement;
            if (got == 0 && !lostToReplacement)
                return false;
            decoded.Add((i, next - i, -1));
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
        scalar = ScalarOf([0xF0, 0x9F, second, third]);
        return CharUnicodeInfo.GetUnicodeCategory(scalar) == UnicodeCategory.OtherSymbol;
    }

    private static bool IsContinuation(byte lead, int index, byte b)
    {
        if (b is < 0x80 or > 0xBF)
            return false;
        if (index > 0)
            return true;
        // The second byte's range is narrower after these leads (no overlongs, no surrogates, nothing past U+10FFFF).
        return lead switch
        {
            0xE0 => b >= 0xA0,
            0xED => b <= 0x9F,
            0xF0 => b >= 0x90,
            0xF4 => b <= 0x8F,
            _ => true,
        };
    }

    private static int ScalarOf(ReadOnlySpan<byte> utf8)
    {
        System.Text.Rune.DecodeFromUtf8(utf8, out var rune, out _);
        return rune.Value;
    }

    /// <summary>
    /// Two-byte results are held to common alphabets and symbols, so that correct pairs such as "ß“"
    /// (which would spell an NKo letter) are not mistaken for mojibake.
    /// </summary>
    private static bool IsPlausible(int scalar, int continuationBytes)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(scalar);
        if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
            or UnicodeCategory.Control or UnicodeCategory.Format && scalar != 0x200D)
            return false;
        if (continuationBytes > 1)
            return true;
        var commonBlock = scalar is >= 0xA0 and <= 0x17F or >= 0x391 and <= 0x3CE or >= 0x400 and <= 0x45F
            or >= 0x5D0 and <= 0x5EA or >= 0x620 and <= 0x64A;
        return commonBlock && category is not (UnicodeCategory.OtherNumber or UnicodeCategory.ModifierSymbol);
    }
}
