using Nexus.Documents;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Imports;

public sealed record ImportRequest(string? Markdown, bool DryRun = false, string? Visibility = null);

/// <summary>A dry run: what the import recognised, and the hub it would create (same shape as GET /hubs/{slug}).</summary>
public sealed record ImportPreviewResponse(ImportReport Report, HubResponse Hub, IReadOnlyList<ProposedEntry> ProposedEntries);

/// <summary>A technology or concept the catalogue lacks; creating the hub adds it to the catalogue under category "proposed".</summary>
public sealed record ProposedEntry(string Kind, string Slug, string Name);

public sealed record ImportJobResponse(
    Guid Id,
    string Status,
    string FileName,
    int Total,
    int Processed,
    IReadOnlyList<string> Hubs,
    IReadOnlyList<ImportJobError> Errors,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record ImportJobError(string Path, string Message);
