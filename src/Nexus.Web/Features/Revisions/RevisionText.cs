using System.Text;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Revisions;

/// <summary>Renders a hub snapshot as stable, line-oriented text so two revisions can be diffed line by line.</summary>
public static class RevisionText
{
    public static string Render(HubResponse hub)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {hub.Title}").AppendLine();
        text.AppendLine($"Visibility: {hub.Visibility}");
        Paragraph(text, hub.Summary);
        foreach (var section in hub.Sections)
        {
            text.AppendLine($"## {section.Title} ({section.Kind})");
            Paragraph(text, section.Markdown);
        }

        List(text, "Technologies", hub.Technologies.Select(t => Note(t.Name, t.Note)));
        List(text, "Concepts", hub.Concepts.Select(t => Note(t.Name, t.Note)));
        foreach (var challenge in hub.Challenges)
        {
            text.AppendLine($"## Challenge: {challenge.Title}");
            if (challenge.Technologies.Count > 0)
            {
                text.AppendLine($"Technologies: {string.Join(", ", challenge.Technologies)}");
            }

            Paragraph(text, $"Problem: {challenge.Problem}");
            Paragraph(text, $"Solution: {challenge.Solution}");
            Paragraph(text, $"Result: {challenge.Result}");
        }

        List(text, "Takeaways", hub.Takeaways.Select(t => t.Text));
        foreach (var snippet in hub.Snippets)
        {
            text.AppendLine($"## Snippet: {snippet.Title} ({snippet.Language})");
            Paragraph(text, snippet.Description);
            Paragraph(text, snippet.Code);
        }

        List(text, "Resources", hub.Resources.Select(r => $"{r.Title} <{r.Url}>"));
        List(text, "Projects", hub.Projects.Select(p => Note($"{p.Name} ({p.Role}) {p.RepositoryUrl}".Trim(), p.Description)));
        return text.ToString();
    }

    private static string Note(string name, string note) => note.Length == 0 ? name : $"{name}: {note}";

    private static void Paragraph(StringBuilder text, string body)
    {
        if (body.Length > 0)
        {
            text.AppendLine(body.ReplaceLineEndings("\n").TrimEnd()).AppendLine();
        }
    }

    private static void List(StringBuilder text, string heading, IEnumerable<string> items)
    {
        var lines = items.ToList();
        if (lines.Count == 0)
        {
            return;
        }

        text.AppendLine($"## {heading}");
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.ReplaceLineEndings(" ")}");
        }

        text.AppendLine();
    }
}
