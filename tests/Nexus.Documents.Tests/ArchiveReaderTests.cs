using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Nexus.Documents.Tests;

public class ArchiveReaderTests
{
    private static MemoryStream Zip(params (string Path, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(content);
            }
        }
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream TarGz(Action<TarWriter> write)
    {
        var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
            write(tar);
        stream.Position = 0;
        return stream;
    }

    private static void AddFile(TarWriter tar, string path, byte[] content) =>
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(content) });

    private static DocumentRejectedException Rejection(Stream archive, ArchiveLimits? limits = null) =>
        Should.Throw<DocumentRejectedException>(() => ArchiveReader.Read(archive, limits));

    [Fact]
    public void ReadFindsTheMarkdownFilesOfAZipRepository()
    {
        var documents = ArchiveReader.Read(Zip(
            ("repo/README.md", "# Hub"u8.ToArray()),
            ("repo/docs/notes.markdown", "notes"u8.ToArray()),
            ("repo/src/app.py", "print()"u8.ToArray())));

        documents.Select(d => d.Path).ShouldBe(["repo/README.md", "repo/docs/notes.markdown"]);
        documents[0].IsReadme.ShouldBeTrue();
        Encoding.UTF8.GetString(documents[0].Content).ShouldBe("# Hub");
    }

    [Fact]
    public void ReadFindsTheMarkdownFilesOfATarGzRepository()
    {
        var archive = TarGz(tar =>
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "repo/"));
            AddFile(tar, "repo/README.md", "# Hub"u8.ToArray());
            AddFile(tar, "repo/main.go", "package main"u8.ToArray());
        });

        ArchiveReader.Read(archive).Single().Path.ShouldBe("repo/README.md");
    }

    [Theory]
    [InlineData("../evil.md")]
    [InlineData("repo/../../evil.md")]
    [InlineData("/etc/passwd.md")]
    [InlineData("C:\\Windows\\evil.md")]
    [InlineData("..\\evil.md")]
    public void ReadRejectsEntriesThatEscapeTheArchive(string path)
    {
        Rejection(Zip((path, "x"u8.ToArray()))).Code.ShouldBe("archive-unsafe-path");
        Rejection(TarGz(tar => AddFile(tar, path, "x"u8.ToArray()))).Code.ShouldBe("archive-unsafe-path");
    }

    [Fact]
    public void ReadRejectsSymbolicAndHardLinksInTarArchives()
    {
        var symlink = TarGz(tar => tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "repo/README.md") { LinkName = "/etc/passwd" }));
        var hardlink = TarGz(tar => tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "repo/README.md") { LinkName = "x" }));

        Rejection(symlink).Code.ShouldBe("archive-link");
        Rejection(hardlink).Code.ShouldBe("archive-link");
    }

    [Fact]
    public void ReadRejectsSymbolicLinksInZipArchives()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("repo/README.md");
            entry.ExternalAttributes = unchecked((int)0xA1FF0000);
            using var open = entry.Open();
            open.Write("/etc/passwd"u8);
        }
        stream.Position = 0;

        Rejection(stream).Code.ShouldBe("archive-link");
    }

    [Fact]
    public void ReadRejectsAZipBombByItsCompressionRatio()
    {
        var bomb = Zip(("README.md", new byte[20 * 1024 * 1024]));

        Rejection(bomb, ArchiveLimits.Default with { MaxEntryBytes = 50 * 1024 * 1024 }).Code.ShouldBe("archive-bomb");
    }

    [Fact]
    public void ReadRejectsATarGzBombByItsUnpackedSize()
    {
        var bomb = TarGz(tar => AddFile(tar, "big.bin", new byte[8 * 1024 * 1024]));

        Rejection(bomb, new ArchiveLimits(MaxTotalUnpackedBytes: 4 * 1024 * 1024, MaxEntryBytes: 100 * 1024 * 1024)).Code.ShouldBe("archive-too-large");
    }

    [Fact]
    public void ReadRejectsEntriesLargerThanTheEntryLimit()
    {
        var archive = Zip(("README.md", Encoding.UTF8.GetBytes(new string('x', 300_000))));

        Rejection(archive, ArchiveLimits.Default with { MaxEntryBytes = 100_000 }).Code.ShouldBe("archive-entry-too-large");
    }

    [Fact]
    public void ReadRejectsArchivesWithTooManyEntries()
    {
        var entries = Enumerable.Range(0, 50).Select(i => ($"f{i}.md", "x"u8.ToArray())).ToArray();

        Rejection(Zip(entries), ArchiveLimits.Default with { MaxEntries = 10 }).Code.ShouldBe("archive-too-many-entries");
        Rejection(TarGz(tar => { foreach (var (p, c) in entries) AddFile(tar, p, c); }), ArchiveLimits.Default with { MaxEntries = 10 })
            .Code.ShouldBe("archive-too-many-entries");
    }

    [Fact]
    public void ReadRejectsFilesThatAreNotArchivesOrAreDamaged()
    {
        Rejection(new MemoryStream("# just markdown"u8.ToArray())).Code.ShouldBe("unsupported-archive");
        Rejection(new MemoryStream([])).Code.ShouldBe("empty");
        var zip = Zip(("README.md", "# Hub"u8.ToArray())).ToArray();
        Rejection(new MemoryStream(zip[..(zip.Length / 2)])).Code.ShouldBe("corrupt-archive");
        var gz = TarGz(tar => AddFile(tar, "README.md", new byte[4096])).ToArray();
        Rejection(new MemoryStream(gz[..(gz.Length / 2)])).Code.ShouldBe("corrupt-archive");
    }

    [Fact]
    public void ImportedReadmeFromAnArchiveBecomesAHub()
    {
        var readme = ArchiveReader.Read(Zip(("repo/README.md", Fixture.Bytes("plain-utf8.md")))).Single(d => d.IsReadme);

        ReadmeImporter.Import(readme.Content, TestCatalogue.Instance).Hub.Challenges.Count.ShouldBe(4);
    }
}
