namespace Nexus.Documents;

/// <summary>Structural equality for hubs: scalar fields by value, lists element-wise, ordinal string comparison.</summary>
public sealed class HubDocumentComparer : IEqualityComparer<HubDocument>
{
    public static HubDocumentComparer Instance { get; } = new();

    public bool Equals(HubDocument? x, HubDocument? y)
    {
        if (ReferenceEquals(x, y))
            return true;
        if (x is null || y is null)
            return false;
        return x.Title == y.Title
            && x.Summary == y.Summary
            && x.Sections.SequenceEqual(y.Sections)
            && x.Technologies.SequenceEqual(y.Technologies)
            && x.Concepts.SequenceEqual(y.Concepts)
            && x.Challenges.SequenceEqual(y.Challenges, ChallengeComparer.Instance)
            && x.Takeaways.SequenceEqual(y.Takeaways, StringComparer.Ordinal)
            && x.Snippets.SequenceEqual(y.Snippets)
            && x.Resources.SequenceEqual(y.Resources)
            && x.Projects.SequenceEqual(y.Projects)
            && Equals(x.Author, y.Author);
    }

    public int GetHashCode(HubDocument obj) => HashCode.Combine(obj.Title, obj.Summary, obj.Sections.Count, obj.Challenges.Count);

    private sealed class ChallengeComparer : IEqualityComparer<ChallengeDocument>
    {
        public static ChallengeComparer Instance { get; } = new();

        public bool Equals(ChallengeDocument? x, ChallengeDocument? y) =>
            ReferenceEquals(x, y)
            || (x is not null && y is not null
                && x.Title == y.Title && x.Problem == y.Problem && x.Solution == y.Solution && x.Result == y.Result
                && x.Technologies.SequenceEqual(y.Technologies, StringComparer.Ordinal));

        public int GetHashCode(ChallengeDocument obj) => HashCode.Combine(obj.Title, obj.Problem);
    }
}
