namespace Nexus.Documents;

/// <summary>Counts what an archive unpacks to, by declared sizes and by bytes actually read, against the limits.</summary>
internal sealed class UnpackBudget(ArchiveLimits limits, long archiveBytes)
{
    private long _declared;
    private long _read;

    public void Declare(string path, long length)
    {
        if (length > limits.MaxEntryBytes)
            throw EntryTooLarge(path);
        _declared += length;
        CheckTotal(_declared);
    }

    public byte[] Read(string path, Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limits.MaxEntryBytes)
                throw EntryTooLarge(path);
            buffer.Write(chunk, 0, read);
            _read += read;
            CheckTotal(_read);
        }
        return buffer.ToArray();
    }

    private void CheckTotal(long total)
    {
        if (total > limits.MaxTotalUnpackedBytes)
            throw new DocumentRejectedException("archive-too-large", $"The archive unpacks to more than {limits.MaxTotalUnpackedBytes / (1024 * 1024):N0} MB.");
        // Text compresses well, but not a hundredfold: beyond that it is a bomb, not a repository.
        if (total > 1024 * 1024 && total > archiveBytes * limits.MaxCompressionRatio)
            throw new DocumentRejectedException("archive-bomb", $"The archive expands more than {limits.MaxCompressionRatio:N0} times; it is not accepted.");
    }

    private DocumentRejectedException EntryTooLarge(string path) =>
        new("archive-entry-too-large", $"The entry {path} is larger than {limits.MaxEntryBytes / (1024 * 1024):N0} MB.");
}
