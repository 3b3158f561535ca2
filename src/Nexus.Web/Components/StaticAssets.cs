using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Nexus.Web.Components;

/// <summary>
/// URLs of wwwroot files with a content hash (<c>?v=</c>), so browsers may cache them for a year and still see a new
/// build at once. Missing files (wwwroot/lib before the first build) get their plain URL.
/// </summary>
public sealed class StaticAssets(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    public string Url(string path) => _urls.GetOrAdd(path, Versioned);

    private string Versioned(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return "/" + path;
        }

        using var stream = File.OpenRead(file.PhysicalPath);
        return $"/{path}?v={Convert.ToHexStringLower(SHA256.HashData(stream))[..12]}";
    }
}
