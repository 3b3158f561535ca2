using System.Text;

namespace Nexus.Documents.Tests;

/// <summary>
/// Seeded fuzz inputs for the importer: random bytes, Markdown-shaped noise, and generated READMEs
/// (plain, mojibake'd, UTF-16) mutated by flipping, inserting, deleting and splicing bytes.
/// </summary>
public sealed class FuzzInputs(int seed)
{
    private static readonly string[] Tokens =
    [
        "# ", "## ", "### ", "- ", "* ", "1. ", "> ", "```", "~~~", "|", "---", "===", "**", "__", "`", "[", "](", ")", "<", ">",
        "\n", "\n\n", "  ", "\t", "\r\n", ":", " – ", "Challenge:", "**Solution:**", "**Problem**:", "| Challenge | Solution |\n|---|---|\n",
        "â€“", "ðŸš€", "‚Äì", "üöÄ", "Ã©", "\uFFFD", "é", "🚀", "\\", "http://x.io", "<script>", "&amp;", "\u0085", "\u2028",
    ];

    private readonly Random _random = new(seed);
    private readonly HubGenerator _hubs = new(seed, TestCatalogue.Instance);

    static FuzzInputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public byte[] Next() => _random.Next(6) switch
    {
        0 => RandomBytes(),
        1 => Encoding.UTF8.GetBytes(TokenSoup()),
        2 => Mutate(Encoding.UTF8.GetBytes(TokenSoup())),
        _ => Mutate(Readme()),
    };

    private byte[] Readme()
    {
        var markdown = HubMarkdownExporter.Export(_hubs.Next());
        return _random.Next(4) switch
        {
            0 => Encoding.GetEncoding(1252).GetBytes(markdown),
            1 => Encoding.Unicode.GetBytes(markdown),
            _ => Encoding.UTF8.GetBytes(markdown),
        };
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 4096)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private string TokenSoup()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(1, 400); i > 0; i--)
            builder.Append(_random.Next(3) == 0 ? ((char)_random.Next(32, 0x3000)).ToString() : Tokens[_random.Next(Tokens.Length)]);
        return builder.ToString();
    }

    private byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        for (var i = _random.Next(1, 12); i > 0 && bytes.Count > 0; i--)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, _random.Next(1, 64)));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, _random.Next(1, 256));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }
        return bytes.ToArray();
    }
}
