using System.Text.Json;
using Nexus.GraphQL.Execution;

namespace Nexus.Web.Features.GraphQL;

/// <summary>Reads the persisted documents file: a JSON object of "sha256:&lt;hex&gt;" ids (or bare hex hashes) to document text.</summary>
public static class PersistedDocuments
{
    public static IReadOnlyDictionary<string, string>? Load(string? file, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        var path = Path.GetFullPath(file, contentRoot);
        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
                      ?? throw new InvalidOperationException($"GraphQL:PersistedDocumentsFile '{path}' is not a JSON object.");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in entries)
        {
            var expected = DocumentCache.Hash(text);
            var given = id.StartsWith("sha256:", StringComparison.Ordinal) ? id : $"sha256:{id}";
            // An id that is not its document's hash would let one document run under another's name.
            documents[given == expected ? given : throw new InvalidOperationException($"Persisted document '{id}' is not the SHA-256 of its text ({expected}).")] = text;
        }

        return documents;
    }
}
