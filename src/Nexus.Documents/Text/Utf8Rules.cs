using System.Globalization;
using System.Text;

namespace Nexus.Documents;

/// <summary>UTF-8 sequence rules, plus what counts as a plausible character to have been encoded.</summary>
internal static class Utf8Rules
{
    /// <summary>How many continuation bytes follow this lead byte, or -1 when it cannot lead.</summary>
    public static int ContinuationBytesAfter(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 1,
        >= 0xE0 and <= 0xEF => 2,
        >= 0xF0 and <= 0xF4 => 3,
        _ => -1,
    };

    public static bool IsContinuation(byte lead, int index, byte b)
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

    public static int ScalarOf(ReadOnlySpan<byte> utf8)
    {
        Rune.DecodeFromUtf8(utf8, out var rune, out _);
        return rune.Value;
    }

    /// <summary>
    /// Unassigned, private, control and format characters (but the emoji joiner) are not what a README
    /// held. Two-byte results are further held to common alphabets and symbols, so that correct pairs
    /// such as "ß“" (which would spell an NKo letter) are not mistaken for mojibake.
    /// </summary>
    public static bool IsPlausible(int scalar, int continuationBytes)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(scalar);
        if (scalar != 0x200D && category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate or UnicodeCategory.Control or UnicodeCategory.Format)
            return false;
        if (continuationBytes > 1)
            return true;
        var commonBlock = scalar is >= 0xA0 and <= 0x17F or >= 0x391 and <= 0x3CE or >= 0x400 and <= 0x45F
            or >= 0x5D0 and <= 0x5EA or >= 0x620 and <= 0x64A;
        return commonBlock && category is not (UnicodeCategory.OtherNumber or UnicodeCategory.ModifierSymbol);
    }
}
