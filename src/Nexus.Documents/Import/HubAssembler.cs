namespace Nexus.Documents;

/// <summary>Turns the split document into a hub, section by section, and records what each heading became.</summary>
internal sealed class HubAssembler(RawDocument document, Catalogue catalogue)
{
    private readonly string[] _lines = document.Lines;
    private readonly List<HubSection> _sections = [];
    private readonly List<TopicNote> _technologies = [];
    private readonly List<TopicNote> _concepts = [];
    private readonly List<ChallengeDocument> _challenges = [];
    private readonly List<string> _takeaways = [];
    private readonly List<SnippetDocument> _snippets = [];
    private readonly List<ResourceDocument> _resources = [];
    private readonly List<ProjectDocument> _projects = [];
    private readonly List<HeadingReport> _headings = [];
    private readonly List<string> _custom = [];
    private AuthorDocument? _author;
    private int _breaksRemoved;

    public (HubDocument Hub, ImportReport Report) Assemble(EncodingReport encoding)
    {
        var summaryLines = new LineJoiner(false);
        summaryLines.AddRange(_lines, 0, document.TitleLine);
        if (document.TitleLine > 0 && !MarkdownLine.IsBlank(_lines[document.TitleLine - 1]))
            summaryLines.Add("");
        var summary = Join(summaryLines, document.SummaryStart, document.SummaryEnd);
        foreach (var section in document.Sections)
            AddSection(section);
        var listed = _snippets.Select(s => (s.Language, s.Code)).ToHashSet();
        SnippetParser.FromMarkdown(summary, document.Title, _snippets, listed);
        foreach (var section in _sections)
            SnippetParser.FromMarkdown(section.Markdown, section.Title, _snippets, listed);
        foreach (var challenge in _challenges)
            SnippetParser.FromMarkdown($"{challenge.Problem}\n{challenge.Solution}\n{challenge.Result}", challenge.Title, _snippets, listed);
        var hub = new HubDocument(document.Title, summary, _sections, _technologies, _concepts, _challenges, _takeaways,
            _snippets, _resources, _projects, _author);
        var report = new ImportReport(_headings, _custom, encoding, Matches(_technologies), Matches(_concepts),
            _challenges.Count, _takeaways.Count, _snippets.Count, _resources.Count, _projects.Count, _author is not null, _breaksRemoved);
        return (hub, report);
    }

    private void AddSection(RawSection section)
    {
        var (start, end) = (section.BodyStart, section.BodyEnd);
        var residual = new LineJoiner(true);
        var items = section.Role switch
        {
            HeadingRole.Technologies => Topics(start, end, TopicKind.Technology, _technologies, residual),
            HeadingRole.Concepts => Topics(start, end, TopicKind.Concept, _concepts, residual),
            HeadingRole.BestPractices => Takeaways(start, end, residual),
            HeadingRole.Challenges => Count(_challenges, () => _challenges.AddRange(ChallengeParser.Parse(_lines, start, end, residual))),
            HeadingRole.Resources => Resources(start, end, residual),
            HeadingRole.Snippets => Count(_snippets, () => SnippetParser.FromSection(_lines, start, end, section.Heading, _snippets, residual)),
            HeadingRole.Projects => Count(_projects, () => ProjectParser.FromSection(_lines, start, end, _projects, residual)),
            HeadingRole.Author => AuthorItems(start, end, residual),
            _ => -1,
        };
        var markdown = items < 0 ? Join(new LineJoiner(false), start, end) : Finish(residual);
        _headings.Add(new HeadingReport(section.Heading, section.Level, section.Role.ToWire(), Math.Max(items, 0)));
        if (section.Role.IsSectionKind())
        {
            _sections.Add(new HubSection(section.Role.ToSectionKind(), section.Heading, markdown));
            if (section.Role == HeadingRole.Custom)
                _custom.Add(section.Heading);
        }
        else if (markdown.Length > 0)
        {
            // Prose under an author/links/snippets/projects heading that was not structured: kept, as a custom section.
            _sections.Add(new HubSection(SectionKind.Custom, section.Heading, markdown));
            _custom.Add(section.Heading);
        }
    }

    private int Topics(int start, int end, TopicKind kind, List<TopicNote> into, LineJoiner residual)
    {
        var before = into.Count;
        foreach (var block in BlockReader.Read(_lines, start, end))
        {
            if (block.Kind == BlockKind.ListItem)
                TopicParser.FromItem(BlockReader.ItemLines(_lines, block), catalogue, kind, into);
            else if (block.Kind != BlockKind.Table || !TopicParser.FromTable(_lines, block, catalogue, kind, into))
                residual.AddRange(_lines, block.Start, block.End);
        }
        return into.Count - before;
    }

    private int Takeaways(int start, int end, LineJoiner residual)
    {
        var before = _takeaways.Count;
        foreach (var block in BlockReader.Read(_lines, start, end))
        {
            if (block.Kind != BlockKind.ListItem)
            {
                residual.AddRange(_lines, block.Start, block.End);
                continue;
            }
            var item = BlockReader.ItemLines(_lines, block);
            var text = new LineJoiner(false);
            text.AddRange(item, 0, item.Count);
            _takeaways.Add(text.ToString());
        }
        return _takeaways.Count - before;
    }

    private int Resources(int start, int end, LineJoiner residual)
    {
        var before = _resources.Count;
        foreach (var block in BlockReader.Read(_lines, start, end))
        {
            var item = block.Kind == BlockKind.ListItem ? BlockReader.ItemLines(_lines, block) : null;
            if (item is { Count: 1 } && ResourceParser.TryParse(item[0], out var resource))
                _resources.Add(resource);
            else
                residual.AddRange(_lines, block.Start, block.End);
        }
        return _resources.Count - before;
    }

    private int AuthorItems(int start, int end, LineJoiner residual)
    {
        var before = _author;
        _author = AuthorParser.Parse(_lines, start, end, _author, residual);
        return ReferenceEquals(before, _author) ? 0 : 1;
    }

    private static int Count<T>(List<T> list, Action add)
    {
        var before = list.Count;
        add();
        return list.Count - before;
    }

    private string Join(LineJoiner joiner, int start, int end)
    {
        joiner.AddRange(_lines, start, end);
        return Finish(joiner);
    }

    private string Finish(LineJoiner joiner)
    {
        var text = joiner.ToString();
        _breaksRemoved += joiner.BreaksRemoved;
        return text;
    }

    private static List<TopicMatch> Matches(List<TopicNote> notes) => notes.Select(n => new TopicMatch(n.Name, n.Slug)).ToList();
}
