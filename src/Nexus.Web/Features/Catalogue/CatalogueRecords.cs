namespace Nexus.Web.Features.Catalogue;

public sealed record CatalogueEntryResponse(string Slug, string Name, string Category, IReadOnlyList<string> Aliases);

public sealed record CatalogueEntryWrite(string? Slug, string? Name, string? Category, IReadOnlyList<string>? Aliases);
