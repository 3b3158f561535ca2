namespace Nexus.Documents;

/// <summary>A Markdown file found in an archive: its path inside the archive and its bytes (pass them to <see cref="ReadmeImporter"/>).</summary>
public sealed record ArchiveDocument(string Path, byte[] Content)
{
    public bool IsReadme => System.IO.Path.GetFileNameWithoutExtension(Path).Equals("readme", StringComparison.OrdinalIgnoreCase);
}
