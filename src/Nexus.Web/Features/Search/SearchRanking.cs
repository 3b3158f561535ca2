namespace Nexus.Web.Features.Search;

/// <summary>
/// Orders matched documents, the same way on every provider (bm25 and ts_rank disagree, so neither decides):
/// a word in the title counts three times a word in the body, a phrase twice a word, words typed next to each
/// other score more where they stand next to each other, verified challenges get a boost, recency breaks ties.
/// Every candidate matched the query, so a term that is not in the title is in the body: the body's words are only
/// needed for the adjacency bonus (<paramref name="bodyTerms"/> is null when fewer than two words were typed).
/// </summary>
public static class SearchRanking
{
    /// <param name="adjacentWords">The query's <see cref="AdjacentWords"/>, found once for all of its candidates.</param>
    public static double Score(SearchQuery query, IReadOnlyList<string> adjacentWords, string titleTerms, string? bodyTerms, bool verified)
    {
        var title = titleTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var score = 0.0;
        foreach (var term in query.Include)
        {
            score += term switch
            {
                WordTerm w => Contains(title, w) ? 3 : 1,
                AnyWordTerm a => a.Words.Any(word => title.Contains(word)) ? 3 : 1,
                PhraseTerm p => ContainsSequence(title, p.Words) ? 6 : 3,
                _ => 0,
            };
        }

        if (adjacentWords.Count >= 2 && (ContainsSequence(title, adjacentWords)
                                         || (bodyTerms is not null && ContainsSequence(bodyTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries), adjacentWords))))
        {
            score += 2;
        }

        return verified ? score + 2 : score;
    }

    /// <summary>The whole words typed, in order: where they stand next to each other a document scores more.</summary>
    public static IReadOnlyList<string> AdjacentWords(SearchQuery query) =>
        [.. query.Include.OfType<WordTerm>().Where(w => !w.Prefix).Select(w => w.Word)];

    private static bool Contains(string[] tokens, WordTerm word) =>
        word.Prefix ? tokens.Any(t => t.StartsWith(word.Word, StringComparison.Ordinal)) : tokens.Contains(word.Word);

    public static bool ContainsSequence(string[] tokens, IReadOnlyList<string> words)
    {
        for (var i = 0; i + words.Count <= tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < words.Count && all; j++)
            {
                all = tokens[i + j] == words[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
