using System.Formats.Tar;
using System.IO.Compression;

namespace Nexus.Documents;

/// <summary>
/// Reads a repository archive (.zip, .tar.gz or .tar) and returns its Markdown files. Rejects, with
/// <see cref="DocumentRejectedException"/>, bombs (size, entry count, compression ratio), path
/// traversal, absolute paths and links.
/// </summary>
public static class ArchiveReader
{
    private const long RatioCheckFloor = 1024 * 1024;

    public static IReadOnlyList<ArchiveDocument> Read(Stream archive, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        limits ??= ArchiveLimits.Default;
        var bytes = ReadAll(archive, limits.MaxArchiveBytes);
        if (bytes.Length == 0)
            throw new DocumentRejectedException("empty", "The archive is empty.");
        var data = new MemoryStream(bytes, writable: false);
        if (bytes is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..])
            return ReadZip(data, bytes.Length, limits);
        if (bytes is [0x1F, 0x8B, ..])
            return ReadTar(new GZipStream(data, CompressionMode.Decompress), bytes.Length, limits);
        if (bytes.Length > 262 && bytes.AsSpan(257, 5).SequenceEqual("ustar"u8))
            return ReadTar(data, bytes.Length, limits);
        throw new DocumentRejectedException("unsupported-archive", "The file is not a .zip, .tar.gz or .tar archive.");
    }

    public static bool IsMarkdownPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".mdown" or ".mkd";

    private static List<ArchiveDocument> ReadZip(Stream data, long archiveBytes, ArchiveLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(data, ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new DocumentRejectedException("corrupt-archive", "The .zip archive is damaged and cannot be read.");
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
                throw TooMany(limits);
            var budget = new UnpackBudget(limits, archiveBytes);
            var documents = new List<ArchiveDocument>();
            foreach (var entry in zip.Entries)
            {
                var path = CheckPath(entry.FullName);
                if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
                    throw new DocumentRejectedException("archive-link", $"The archive contains a link ({path}); links are not accepted.");
                if (path.EndsWith('/'))
                    continue;
                budget.Declare(path, entry.Length);
                if (!IsMarkdownPath(path))
                    continue;
                try
                {
                    using var stream = entry.Open();
                    documents.Add(new ArchiveDocument(path, budget.Read(path, stream)));
                }
                catch (InvalidDataException)
                {
                    throw new DocumentRejectedException("corrupt-archive", $"The entry {path} is damaged and cannot be read.");
                }
            }
            return documents;
        }
    }

    private static List<ArchiveDocument> ReadTar(Stream data, long archiveBytes, ArchiveLimits limits)
    {
        var budget = new UnpackBudget(limits, archiveBytes);
        var documents = new List<ArchiveDocument>();
        var entries = 0;
        try
        {
            using var counted = new BoundedStream(data, limits.MaxTotalUnpackedBytes + 1024 * 1024);
            using var reader = new TarReader(counted);
            while (reader.GetNextEntry() is { } entry)
            {
                if (++entries > limits.MaxEntries)
                    throw TooMany(limits);
                var path = CheckPath(entry.Name);
                if (entry.EntryType is TarEntryType.SymbolicLink or TarEntryType.HardLink)
                    throw new DocumentRejectedException("archive-link", $"The archive contains a link ({path}); links are not accepted.");
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
                    continue;
                budget.Declare(path, entry.Length);
                if (IsMarkdownPath(path) && entry.DataStream is { } stream)
                    documents.Add(new ArchiveDocument(path, budget.Read(path, stream)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException or IOException)
        {
            throw new DocumentRejectedException("corrupt-archive", "The archive is damaged and cannot be read.");
        }
        catch (BoundedStream.LimitExceededException)
        {
            throw new DocumentRejectedException("archive-too-large", $"The archive unpacks to more than {limits.MaxTotalUnpackedBytes / (1024 * 1024):N0} MB.");
        }
        return documents;
    }

    /// <summary>Archive paths are relative and stay inside the archive: no "/x", "C:\x", "..", or NUL.</summary>
    internal static string CheckPath(string name)
    {
        var path = name.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\0') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':'))
            throw new DocumentRejectedException("archive-unsafe-path", $"The archive entry '{Printable(name)}' has an absolute path.");
        if (path.Split('/').Any(segment => segment == ".."))
            throw new DocumentRejectedException("archive-unsafe-path", $"The archive entry '{Printable(name)}' points outside the archive.");
        return path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
    }

    private static string Printable(string name) => new(name.Take(200).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static DocumentRejectedException TooMany(ArchiveLimits limits) =>
        new("archive-too-many-entries", $"The archive has more than {limits.MaxEntries:N0} entries.");

    private static byte[] ReadAll(Stream stream, long max)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > max)
                throw new DocumentRejectedException("too-large", $"The archive is larger than {max / (1024 * 1024):N0} MB.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
