using System.IO.Compression;
using System.Text;

namespace Nexus.Documents;

/// <summary>
/// A hub as a folder in a .zip: README.md (the canonical export), docs/ with one file per section,
/// examples/ with each snippet as a source file, projects/ with one file per project.
/// </summary>
public static class HubArchiveExporter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(HubDocument hub, Stream output)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "README.md", HubMarkdownExporter.Export(hub));
        for (var i = 0; i < hub.Sections.Count; i++)
        {
            var section = hub.Sections[i];
            var alone = hub with { Title = "", Summary = "", Sections = [section], Snippets = [], Projects = [], Resources = [], Author = null };
            if (hub.Sections.Take(i).Any(s => s.Kind == section.Kind))
                alone = alone with { Technologies = [], Concepts = [], Challenges = [], Takeaways = [] };
            Add(zip, $"docs/{FileNames.Numbered(i, section.Title, "md", section.Kind.ToWire())}", HubMarkdownExporter.Export(alone));
        }
        for (var i = 0; i < hub.Snippets.Count; i++)
        {
            var snippet = hub.Snippets[i];
            Add(zip, $"examples/{FileNames.Numbered(i, snippet.Title, FileNames.ExtensionFor(snippet.Language), "snippet")}", snippet.Code + "\n");
        }
        for (var i = 0; i < hub.Projects.Count; i++)
        {
            var project = hub.Projects[i];
            var alone = HubDocument.Empty with { Title = project.Name, Projects = [project] };
            Add(zip, $"projects/{FileNames.Numbered(i, project.Name, "md", "project")}", HubMarkdownExporter.Export(alone));
        }
    }

    private static void Add(ZipArchive zip, string path, string text)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(Utf8.GetBytes(text));
    }
}
