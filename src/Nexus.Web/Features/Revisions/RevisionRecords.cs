using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Revisions;

public sealed record RevisionSummary(int Number, string Message, RevisionAuthor Author, DateTimeOffset CreatedAt);

public sealed record RevisionAuthor(string Handle, string DisplayName);

public sealed record RevisionResponse(int Number, string Message, RevisionAuthor Author, DateTimeOffset CreatedAt, HubResponse Hub);

public sealed record DiffLine(string Type, string Text, int? OldLine, int? NewLine);

public sealed record DiffResponse(int From, int To, int Added, int Removed, IReadOnlyList<DiffLine> Lines);
