using System.Text;

namespace Nexus.Documents;

/// <summary>
/// For one single-byte code page: which byte each character came from. Bytes the code page leaves
/// undefined are also reachable through the C1 control character of the same value, as Windows and
/// Latin-1 readers produce them.
/// </summary>
internal sealed class CodePageMap
{
    // One byte per UTF-16 code unit: a flat table is the fastest lookup on the hot path.
    private readonly byte[] _bytes = new byte[char.MaxValue + 1];

    private CodePageMap(int codePage, string name)
    {
        CodePage = codePage;
        Name = name;
        var encoding = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        for (var b = 0x80; b <= 0xFF; b++)
        {
            var decoded = encoding.GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD' && decoded[0] >= 0x80 && _bytes[decoded[0]] == 0)
                _bytes[decoded[0]] = (byte)b;
        }
        for (var b = 0x80; b <= 0x9F; b++)
        {
            if (_bytes[b] == 0)
                _bytes[b] = (byte)b;
        }
    }

    public int CodePage { get; }

    public string Name { get; }

    /// <summary>Windows-1252 first: when two code pages explain a text equally well it is the likelier one.</summary>
    public static IReadOnlyList<CodePageMap> All { get; } = Build();

    /// <summary>The byte this character stands for, or 0 when it is ASCII or not in this code page.</summary>
    public byte ByteOf(char c) => _bytes[c];

    private static CodePageMap[] Build()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        int[] pages = [1252, 1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258, 10000];
        return pages.Select(p => new CodePageMap(p, p == 10000 ? "macintosh" : $"windows-{p}")).ToArray();
    }
}
