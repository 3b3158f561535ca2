namespace Nexus.Documents.Tests;

/// <summary>Names the first fields that differ between two hubs, for readable round-trip failures.</summary>
internal static class HubDiff
{
    public static string Describe(HubDocument expected, HubDocument actual)
    {
        var lines = new List<string>();
        void Compare<T>(string name, IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> show)
        {
            for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
            {
                var x = i < a.Count ? show(a[i]) : "(none)";
                var y = i < b.Count ? show(b[i]) : "(none)";
                if (x != y)
                    lines.Add($"{name}[{i}]:\n  expected {x}\n  actual   {y}");
            }
        }
        Compare("Title", [expected.Title], [actual.Title], s => s);
        Compare("Summary", [expected.Summary], [actual.Summary], s => s);
        Compare("Sections", expected.Sections, actual.Sections, s => s.ToString());
        Compare("Technologies", expected.Technologies, actual.Technologies, s => s.ToString());
        Compare("Concepts", expected.Concepts, actual.Concepts, s => s.ToString());
        Compare("Challenges", expected.Challenges, actual.Challenges, c => $"{c with { Technologies = [] }} [{string.Join(",", c.Technologies)}]");
        Compare("Takeaways", expected.Takeaways, actual.Takeaways, s => s);
        Compare("Snippets", expected.Snippets, actual.Snippets, s => s.ToString());
        Compare("Resources", expected.Resources, actual.Resources, s => s.ToString());
        Compare("Projects", expected.Projects, actual.Projects, s => s.ToString());
        Compare("Author", [expected.Author], [actual.Author], s => s?.ToString() ?? "null");
        return string.Join('\n', lines.Take(6));
    }
}
