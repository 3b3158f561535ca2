using Microsoft.EntityFrameworkCore;
using SectionKind = Nexus.Documents.SectionKind;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.ReferenceGuide;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Hubs;

/// <summary>A write request that passed validation, with its catalogue references resolved.</summary>
public sealed record ValidHubWrite(
    HubWriteRequest Request,
    HubVisibility Visibility,
    IReadOnlyList<SectionKind> SectionKinds,
    IReadOnlyDictionary<string, CatalogueEntry> Technologies,
    IReadOnlyDictionary<string, CatalogueEntry> Concepts);

/// <summary>Checks every field of a hub write and names each problem by its JSON path.</summary>
public sealed class HubValidator(NexusDbContext db)
{
    public const int MaxMarkdown = 100_000;
    public const int MaxText = 20_000;

    public async Task<(ValidHubWrite? Valid, ValidationErrors Errors)> ValidateAsync(HubWriteRequest request, bool creating, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (creating && request.Slug is not null)
        {
            errors.Slug("slug", request.Slug);
        }

        errors.Required("title", request.Title?.Trim(), 200);
        errors.MaxLength("summary", request.Summary, 1000);
        var visibility = HubVisibility.Public;
        if (request.Visibility is not null && !WireNames.TryParseVisibility(request.Visibility, out visibility))
        {
            errors.Add("visibility", "'visibility' must be 'public', 'cohort' or 'private'.");
        }

        errors.MaxLength("message", request.Message, 500);
        errors.MaxLength("author.name", request.Author?.Name, 200);
        errors.MaxLength("author.program", request.Author?.Program, 200);
        errors.MaxLength("author.github", request.Author?.Github, 2048);
        errors.AbsoluteHttpUrl("author.profileUrl", request.Author?.ProfileUrl, required: false);
        errors.MaxLength("author.email", request.Author?.Email, 256);
        var kinds = ValidateSections(request, errors);
        ValidateChallenges(request, errors);
        ValidateSmallParts(request, errors);

        request = await FollowMergedSlugsAsync(request, cancellationToken);
        var technologies = await ResolveTopicsAsync("technologies", TopicKind.Technology,
            request.Technologies, [.. (request.Challenges ?? []).SelectMany(c => c.Technologies ?? [])], errors, cancellationToken);
        var concepts = await ResolveTopicsAsync("concepts", TopicKind.Concept, request.Concepts, [], errors, cancellationToken);
        return errors.Any ? (null, errors) : (new ValidHubWrite(request, visibility, kinds, technologies, concepts), errors);
    }

    private static List<SectionKind> ValidateSections(HubWriteRequest request, ValidationErrors errors)
    {
        var kinds = new List<SectionKind>();
        errors.Count("sections", request.Sections, 50);
        for (var i = 0; i < (request.Sections?.Count ?? 0); i++)
        {
            var section = request.Sections![i];
            var path = $"sections[{i}]";
            if (section is null)
            {
                errors.Add(path, $"'{path}' must be an object.");
                continue;
            }

            if (!Nexus.Documents.SectionKinds.TryParse(section.Kind, out var kind))
            {
                errors.Add($"{path}.kind", $"'{path}.kind' must be one of {WireNames.ExpectedSectionKinds}.");
            }

            kinds.Add(kind ?? SectionKind.Custom);
            errors.Required($"{path}.title", section.Title?.Trim(), 200);
            errors.MaxLength($"{path}.markdown", section.Markdown, MaxMarkdown);
        }

        return kinds;
    }

    private static void ValidateChallenges(HubWriteRequest request, ValidationErrors errors)
    {
        errors.Count("challenges", request.Challenges, 100);
        for (var i = 0; i < (request.Challenges?.Count ?? 0); i++)
        {
            var challenge = request.Challenges![i];
            var path = $"challenges[{i}]";
            if (challenge is null)
            {
                errors.Add(path, $"'{path}' must be an object.");
                continue;
            }

            errors.Required($"{path}.title", challenge.Title?.Trim(), 200);
            errors.MaxLength($"{path}.problem", challenge.Problem, MaxText);
            errors.MaxLength($"{path}.solution", challenge.Solution, MaxText);
            errors.MaxLength($"{path}.result", challenge.Result, MaxText);
            errors.Count($"{path}.technologies", challenge.Technologies, 20);
        }
    }

    private static void ValidateSmallParts(HubWriteRequest request, ValidationErrors errors)
    {
        errors.Count("takeaways", request.Takeaways, 200);
        for (var i = 0; i < (request.Takeaways?.Count ?? 0); i++)
        {
            errors.Required($"takeaways[{i}].text", request.Takeaways![i]?.Text?.Trim(), 2000);
        }

        errors.Count("snippets", request.Snippets, 50);
        for (var i = 0; i < (request.Snippets?.Count ?? 0); i++)
        {
            var snippet = request.Snippets![i];
            errors.Required($"snippets[{i}].code", snippet?.Code, 50_000);
            errors.MaxLength($"snippets[{i}].title", snippet?.Title, 200);
            errors.MaxLength($"snippets[{i}].language", snippet?.Language, 40);
            errors.MaxLength($"snippets[{i}].description", snippet?.Description, MaxText);
        }

        errors.Count("resources", request.Resources, 200);
        for (var i = 0; i < (request.Resources?.Count ?? 0); i++)
        {
            errors.Required($"resources[{i}].title", request.Resources![i]?.Title?.Trim(), 200);
            errors.AbsoluteHttpUrl($"resources[{i}].url", request.Resources[i]?.Url, required: true);
        }

        errors.Count("projects", request.Projects, 50);
        for (var i = 0; i < (request.Projects?.Count ?? 0); i++)
        {
            var project = request.Projects![i];
            errors.Required($"projects[{i}].name", project?.Name?.Trim(), 200);
            errors.MaxLength($"projects[{i}].description", project?.Description, MaxText);
            errors.AbsoluteHttpUrl($"projects[{i}].repositoryUrl", project?.RepositoryUrl, required: false);
            errors.MaxLength($"projects[{i}].role", project?.Role, 200);
        }
    }

    /// <summary>
    /// The request with every slug of a merged (old) catalogue entry replaced by the surviving entry's slug, so that
    /// writes and imports made from an old README or client land on the entry that references moved to.
    /// </summary>
    private async Task<HubWriteRequest> FollowMergedSlugsAsync(HubWriteRequest request, CancellationToken cancellationToken)
    {
        static string Key(string? slug) => slug?.Trim().ToLowerInvariant() ?? "";
        var challengeSlugs = (request.Challenges ?? []).SelectMany(c => c?.Technologies ?? []);
        var slugs = (request.Technologies ?? []).Concat(request.Concepts ?? []).Select(t => Key(t?.Slug))
            .Concat(challengeSlugs.Select(Key)).Where(s => s.Length is > 0 and <= 64).Distinct().ToList();
        if (slugs.Count == 0)
        {
            return request;
        }

        var redirects = await db.Set<CatalogueRedirect>().AsNoTracking().Where(r => slugs.Contains(r.Slug))
            .Select(r => new { r.Kind, r.Slug, Surviving = r.Entry.Slug }).ToListAsync(cancellationToken);
        if (redirects.Count == 0)
        {
            return request;
        }

        string Follow(TopicKind kind, string? slug) =>
            redirects.FirstOrDefault(r => r.Kind == kind && r.Slug == Key(slug))?.Surviving ?? slug ?? "";
        IReadOnlyList<TopicWrite>? Topics(TopicKind kind, IReadOnlyList<TopicWrite>? topics) =>
            topics?.Select(t => t is null ? t! : t with { Slug = Follow(kind, t.Slug) }).ToList();
        return request with
        {
            Technologies = Topics(TopicKind.Technology, request.Technologies),
            Concepts = Topics(TopicKind.Concept, request.Concepts),
            Challenges = request.Challenges?.Select(c => c is null ? c! : c with
            {
                Technologies = c.Technologies?.Select(s => Follow(TopicKind.Technology, s)).ToList(),
            }).ToList(),
        };
    }

    private async Task<Dictionary<string, CatalogueEntry>> ResolveTopicsAsync(
        string field, TopicKind kind, IReadOnlyList<TopicWrite>? topics, IReadOnlyList<string> extraSlugs,
        ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Count(field, topics, 100);
        var slugs = (topics ?? []).Select(t => t?.Slug?.Trim().ToLowerInvariant() ?? "")
            .Concat(extraSlugs.Select(s => s?.Trim().ToLowerInvariant() ?? ""))
            .Where(s => s.Length is > 0 and <= 64).Distinct().ToList();
        var found = await db.CatalogueEntries.Where(e => e.Kind == kind && slugs.Contains(e.Slug))
            .ToDictionaryAsync(e => e.Slug, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (topics?.Count ?? 0); i++)
        {
            var slug = topics![i]?.Slug?.Trim().ToLowerInvariant() ?? "";
            var path = $"{field}[{i}]";
            if (!found.ContainsKey(slug))
            {
                errors.Add($"{path}.slug", $"'{slug}' is not in the {kind.ToString().ToLowerInvariant()} catalogue (GET /api/v1/{field} lists it).");
            }
            else if (!seen.Add(slug))
            {
                errors.Add($"{path}.slug", $"'{slug}' is listed twice.");
            }

            errors.MaxLength($"{path}.note", topics[i]?.Note, MaxText);
        }

        for (var i = 0; i < extraSlugs.Count; i++)
        {
            var slug = extraSlugs[i]?.Trim().ToLowerInvariant() ?? "";
            if (!found.ContainsKey(slug))
            {
                errors.Add("challenges.technologies", $"'{slug}' is not in the technology catalogue.");
            }
        }

        return found;
    }
}
