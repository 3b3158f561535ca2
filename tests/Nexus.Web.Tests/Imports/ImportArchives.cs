using System.IO.Compression;
using System.Net.Http.Headers;

namespace Nexus.Web.Tests.Imports;

/// <summary>Archives of READMEs and the multipart upload that imports them.</summary>
public static class ImportArchives
{
    public static MultipartFormDataContent Upload(byte[] content, string name, bool dryRun = false)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name }, { new StringContent(dryRun ? "true" : "false"), "dryRun" } };
    }

    public static byte[] Zip(params (string Path, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
