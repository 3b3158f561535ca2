using System.Text;
using Nexus.Documents.Tests;

namespace Nexus.Documents.Bench;

/// <summary>Generated READMEs of realistic size (2–10 KB); one in four saved as Windows-1252 mojibake so that repair is measured too.</summary>
internal static class Corpus
{
    public static List<byte[]> Build(int count, int seed)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var generator = new HubGenerator(seed, TestCatalogue.Instance);
        var readmes = new List<byte[]>(count);
        while (readmes.Count < count)
        {
            var bytes = Encoding.UTF8.GetBytes(HubMarkdownExporter.Export(generator.Next()));
            if (readmes.Count % 4 == 3)
                bytes = Encoding.UTF8.GetBytes(Encoding.GetEncoding(1252).GetString(bytes));
            if (bytes.Length is >= 2 * 1024 and <= 10 * 1024)
                readmes.Add(bytes);
        }
        return readmes;
    }
}
