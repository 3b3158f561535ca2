using System.Text.RegularExpressions;
using Nexus.Web.Features.Search;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>
/// Reduces a challenge to the set of ideas it talks about, so that the same problem told in different words gives
/// the same set: words are tokenized, stop words and generic complaint words dropped, suffixes stripped, and
/// synonyms folded onto one idea ("task", "job" → job; "execute", "pick up", "consume" → run; "celery", "worker",
/// "background" → worker). Deterministic and provider-independent: it runs in memory on what the database returned.
/// </summary>
public static partial class ChallengeSimilarity
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "to", "of", "in", "on", "for", "with", "when", "and", "or", "is", "are", "was", "were", "be", "been",
        "my", "our", "i", "we", "it", "its", "from", "at", "by", "up", "after", "but", "not", "never", "no", "dont", "doesnt",
        "didnt", "wont", "cant", "could", "cannot", "still", "all", "any", "some", "this", "that", "these", "those", "as", "so",
        "very", "get", "got", "time", "times", "keep", "kept", "there", "their", "them", "they", "then", "than", "because", "due", "into", "out",
        "only", "every", "each", "same", "own", "one", "two", "its", "which", "what", "who", "how", "why", "also", "just",
        "error", "errors", "issue", "issues", "problem", "problems", "bug", "bugs", "fail", "fails", "failed", "failing",
        "broke", "broken", "work", "works", "working", "worked", "wrong", "instead", "used", "using", "use", "made", "make",
        "new", "old", "while", "over", "under", "per", "without", "whole", "sometimes", "randomly", "forever", "too", "nothing",
        "anything", "something", "since", "till", "until", "would", "should", "did", "does", "do", "had", "has", "have",
        "inside", "before", "week", "question", "silently", "through",
    ];

    // Idea ← words (after stemming). Kept short and general: each group is a way people name one thing.
    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms(new()
    {
        ["job"] = ["task", "job", "jobs", "tasks"],
        ["run"] = ["run", "ran", "execut", "pick", "process", "consum", "start", "fire", "trigger", "sit", "ignor"],
        ["worker"] = ["worker", "celery", "background", "async", "asyncresult", "asynchronou", "queu", "broker", "rabbitmq", "rq", "amqp"],
        ["nplusone"] = ["nplusone", "repeat", "hundred", "hit", "many", "prefetch", "select", "relat"],
        ["query"] = ["query", "queri", "sql", "orm", "django-orm", "resolver"],
        ["db"] = ["db", "databas", "postgr", "postgresql", "mysql", "5432"],
        ["cors"] = ["cor", "cross", "origin", "preflight", "option", "policy", "django-cors-headers", "credential", "allow"],
        ["block"] = ["block", "reject", "refus", "deni", "deny", "403"],
        ["client"] = ["browser", "frontend", "client", "react", "app"],
        ["request"] = ["request", "call", "fetch"],
        ["token"] = ["token", "jwt", "refresh"],
        ["expire"] = ["expir", "expiry", "short", "lived", "five", "minut", "early"],
        ["logout"] = ["logout", "logg", "sign", "sign", "signed", "session", "401"],
        ["docker"] = ["docker", "docker-compose", "container", "compos"],
        ["connect"] = ["connect", "connection", "reach", "refused", "host", "localhost", "ready"],
        ["migration"] = ["migration", "migrat", "makemigration", "alembic", "head", "leaf", "histor"],
        ["conflict"] = ["conflict", "merg", "branch", "diverg", "inconsist", "number"],
        ["slow"] = ["slow", "second", "latency", "freez", "took", "take"],
        ["index"] = ["index", "scan", "sequential", "explain", "full", "table", "lookup", "filter", "row"],
        ["render"] = ["render", "rerender", "useeffect", "effect", "dependenc", "state", "infinit", "endless", "loop"],
        ["env"] = ["env", "environment", "variabl", "secret", "key", "config", "setting", "databaseurl", "undefin"],
        ["deploy"] = ["deploy", "production", "server", "hosting", "platform", "render", "vercel", "build", "live"],
        ["payment"] = ["payment", "paid", "charg", "order", "transaction", "chapa", "credit"],
        ["duplicate"] = ["duplic", "twice", "double", "idempot", "retri", "retry", "again", "repeated"],
        ["webhook"] = ["webhook", "callback", "event", "deliver"],
    });

    /// <summary>
    /// The title's words, the linked technologies (whole slugs) and, from the problem statement, only the ideas of the
    /// synonym list: a long story then adds what it is about without drowning the title in incidental words.
    /// </summary>
    public static HashSet<string> Ideas(string title, string problem, IEnumerable<string> technologies)
    {
        var ideas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(title))
        {
            ideas.Add(IdeaOf(word) ?? Stem(word));
        }

        foreach (var technology in technologies)
        {
            ideas.Add(Synonyms.GetValueOrDefault(technology) ?? technology);
        }

        foreach (var word in Words(problem))
        {
            if (IdeaOf(word) is { } idea)
            {
                ideas.Add(idea);
            }
        }

        return ideas;
    }

    private static IEnumerable<string> Words(string text) =>
        SearchText.Tokenize(NPlusOne().Replace(text, " nplusone ")).Where(w => w.Length >= 2 && !StopWords.Contains(w));

    private static string? IdeaOf(string word) =>
        Synonyms.TryGetValue(word, out var idea) ? idea : Synonyms.TryGetValue(Stem(word), out idea) ? idea : null;

    /// <summary>
    /// Problems with a name of their own: two titles naming the same one describe the same problem, however
    /// differently the rest is told ("N+1 queries…" and "…hitting the database hundreds of times").
    /// </summary>
    public static readonly IReadOnlySet<string> NamedProblems = new HashSet<string>(StringComparer.Ordinal) { "nplusone", "cors" };

    /// <summary>Jaccard similarity of two idea sets.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>A light suffix stripper: enough to make "executing", "executed" and "execute" one word.</summary>
    public static string Stem(string word)
    {
        string Undouble(string w) => w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1]) ? w[..^1] : w;
        var stem = word switch
        {
            _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 => Undouble(word[..^3]),
            _ when word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 => Undouble(word[..^2]),
            _ when word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes")) => word[..^2],
            _ when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 => word[..^1],
            _ => word,
        };
        return stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static Dictionary<string, string> BuildSynonyms(Dictionary<string, string[]> groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (idea, words) in groups)
        {
            foreach (var word in words)
            {
                map.TryAdd(word, idea);
                map.TryAdd(Stem(word), idea);
            }
        }

        return map;
    }

    [GeneratedRegex(@"\bn\s*\+\s*1\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NPlusOne();
}
