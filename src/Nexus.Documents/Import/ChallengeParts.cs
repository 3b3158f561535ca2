namespace Nexus.Documents;

/// <summary>
/// The labelled parts of one challenge. Lines before the first label, and an unlabelled body, count
/// as the problem. Bullet lists under a label belong to it.
/// </summary>
internal static class ChallengeParts
{
    private enum Part { Problem, Solution, Result, Technologies }

    public static ChallengeDocument Read(string title, IReadOnlyList<string> lines)
    {
        var parts = new[] { new LineJoiner(false), new LineJoiner(false), new LineJoiner(false), new LineJoiner(false) };
        var current = Part.Problem;
        var fence = new FenceTracker();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!fence.IsOpen && Label.TryRead(line, out var label, out var rest) && TryPart(label, out var part))
            {
                current = part;
                parts[(int)current].Add(rest);
                continue;
            }
            fence.InsideAfter(line);
            parts[(int)current].Add(line);
        }
        var technologies = parts[(int)Part.Technologies].ToString()
            .Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Inline.StripEmphasis(t.TrimStart('-', '*', '+', ' ')))
            .Where(t => t.Length > 0)
            .ToArray();
        // Trimmed whole: the exporter writes a part on its label's line, where leading spaces cannot survive.
        return new ChallengeDocument(title, parts[(int)Part.Problem].ToString().Trim(), parts[(int)Part.Solution].ToString().Trim(),
            parts[(int)Part.Result].ToString().Trim(), technologies);
    }

    public static bool StartsWithProblemLabel(string line) =>
        Label.TryRead(line, out var label, out _) && TryPart(label, out var part) && part == Part.Problem;

    public static string? ColumnRole(string header) => TryPart(Inline.StripEmphasis(header), out var part) ? part.ToString() : null;

    private static bool TryPart(string label, out Part part)
    {
        var key = Label.Key(label);
        part = key switch
        {
            "problem" or "challenge" or "issue" or "the problem" or "the challenge" or "problem statement" or "context" => Part.Problem,
            "solution" or "solutions" or "solution implemented" or "fix" or "resolution" or "approach" or "how i solved it"
                or "what i did" or "the solution" or "action" or "actions taken" => Part.Solution,
            "result" or "results" or "outcome" or "outcomes" or "impact" or "the result" or "lesson" or "lessons" => Part.Result,
            "technologies" or "technology" or "tech" or "tools" or "stack" or "tech stack" or "technologies used" or "tools used" => Part.Technologies,
            _ => (Part)(-1),
        };
        return part >= 0;
    }
}
