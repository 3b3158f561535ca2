using System.Globalization;
using System.Runtime.InteropServices;
using Nexus.Web.Features.Accounts;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Counts a result window's facets from its documents' tags (<see cref="SearchTags"/>) in one pass over each tag string,
/// without cutting it into strings: a window holds a thousand documents of a dozen tags each, on every search.
/// A document counts once per technology, and for the first track and cohort its tags name (its owner's).
/// </summary>
public static class SearchFacetCounter
{
    private const int TechnologiesShown = 20;

    /// <param name="candidates">The window.</param>
    /// <param name="entries">Every catalogue entry's technology slug by id (null for concepts).</param>
    /// <param name="unknownEntries">Whether a tag named an entry <paramref name="entries"/> does not hold.</param>
    public static SearchFacets Count(IReadOnlyList<SearchCandidate> candidates, IReadOnlyDictionary<long, string?> entries, out bool unknownEntries)
    {
        unknownEntries = false;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var technologies = new Dictionary<string, int>(StringComparer.Ordinal);
        var trackTags = new Dictionary<string, int>(StringComparer.Ordinal);
        var cohortTags = new Dictionary<string, int>(StringComparer.Ordinal);
        var trackLookup = trackTags.GetAlternateLookup<ReadOnlySpan<char>>();
        var cohortLookup = cohortTags.GetAlternateLookup<ReadOnlySpan<char>>();
        var counted = new List<string>();
        foreach (var candidate in candidates)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(kinds, candidate.Kind, out _)++;
            counted.Clear();
            var (track, cohort) = (false, false);
            var tags = candidate.Tags.AsSpan();
            foreach (var range in tags.Split(' '))
            {
                var tag = tags[range];
                if (tag.Length < 3 || tag[0] != '_')
                {
                    continue;
                }

                switch (tag[1])
                {
                    case 'e' when long.TryParse(tag[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                        if (!entries.TryGetValue(id, out var slug))
                        {
                            unknownEntries = true;
                        }
                        else if (slug is not null && !counted.Contains(slug))
                        {
                            counted.Add(slug);
                            CollectionsMarshal.GetValueRefOrAddDefault(technologies, slug, out _)++;
                        }

                        break;
                    case 'r' when !track:
                        track = true;
                        CollectionsMarshal.GetValueRefOrAddDefault(trackLookup, tag, out _)++;
                        break;
                    case 'o' when !cohort:
                        cohort = true;
                        CollectionsMarshal.GetValueRefOrAddDefault(cohortLookup, tag, out _)++;
                        break;
                }
            }
        }

        return new SearchFacets(
            Ordered(kinds),
            [.. Ordered(technologies).Take(TechnologiesShown)],
            Ordered(Renamed(trackTags, tag => SearchTags.TrackOf([tag])?.ToWire())),
            Ordered(Renamed(cohortTags, tag => SearchTags.CohortOf([tag]))));
    }

    private static Dictionary<string, int> Renamed(Dictionary<string, int> counts, Func<string, string?> name)
    {
        var renamed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in counts)
        {
            if (name(key) is { } value)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(renamed, value, out _) += count;
            }
        }

        return renamed;
    }

    private static List<FacetCount> Ordered(Dictionary<string, int> counts) =>
        [.. counts.Select(c => new FacetCount(c.Key, c.Value)).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];
}
