using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.Imports;

/// <summary>The body of an import request, from JSON or from a multipart form, with what kind of file it is.</summary>
public sealed record ImportUpload(byte[] Content, string FileName, bool DryRun, string? Visibility, bool IsArchive)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(ImportUpload? Upload, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            var body = await request.ReadFromJsonAsync<ImportRequest>(Json, cancellationToken);
            if (body?.Markdown is null)
            {
                return (null, Invalid("markdown", "'markdown' is required: the README's text."));
            }

            return (new ImportUpload(System.Text.Encoding.UTF8.GetBytes(body.Markdown), "README.md", body.DryRun, body.Visibility, false), null);
        }

        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send application/json {\"markdown\": …} or multipart/form-data with a 'file' field."));
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return (null, Invalid("file", "'file' is required: a README (.md) or a repository archive (.zip, .tar.gz)."));
        }

        var dryRunText = form["dryRun"].ToString();
        if (dryRunText.Length > 0 && !bool.TryParse(dryRunText, out _))
        {
            return (null, Invalid("dryRun", "'dryRun' must be true or false."));
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var name = Path.GetFileName(file.FileName);
        return (new ImportUpload(content, name.Length == 0 ? "upload" : name, dryRunText.Length > 0 && bool.Parse(dryRunText),
            form["visibility"].ToString() is { Length: > 0 } v ? v : null, LooksLikeArchive(content, name)), null);
    }

    public static bool LooksLikeArchive(byte[] content, string name) =>
        content is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06, ..] or [0x1F, 0x8B, ..]
        || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase);

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
