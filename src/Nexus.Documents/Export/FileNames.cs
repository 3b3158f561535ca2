using System.Text;

namespace Nexus.Documents;

/// <summary>File names for exported parts: slugs from titles, extensions from code languages.</summary>
internal static class FileNames
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["python"] = "py", ["py"] = "py", ["javascript"] = "js", ["js"] = "js", ["typescript"] = "ts", ["ts"] = "ts",
        ["tsx"] = "tsx", ["jsx"] = "jsx", ["csharp"] = "cs", ["c#"] = "cs", ["cs"] = "cs", ["java"] = "java", ["kotlin"] = "kt",
        ["go"] = "go", ["golang"] = "go", ["rust"] = "rs", ["rs"] = "rs", ["ruby"] = "rb", ["rb"] = "rb", ["php"] = "php",
        ["c"] = "c", ["cpp"] = "cpp", ["c++"] = "cpp", ["swift"] = "swift", ["scala"] = "scala", ["sql"] = "sql",
        ["bash"] = "sh", ["sh"] = "sh", ["shell"] = "sh", ["zsh"] = "sh", ["console"] = "sh", ["powershell"] = "ps1", ["ps1"] = "ps1",
        ["html"] = "html", ["css"] = "css", ["scss"] = "scss", ["json"] = "json", ["yaml"] = "yml", ["yml"] = "yml",
        ["toml"] = "toml", ["xml"] = "xml", ["markdown"] = "md", ["md"] = "md", ["dockerfile"] = "Dockerfile",
        ["docker"] = "Dockerfile", ["graphql"] = "graphql", ["gql"] = "graphql", ["ini"] = "ini", ["makefile"] = "mk", ["make"] = "mk",
        ["dart"] = "dart", ["r"] = "r", ["lua"] = "lua", ["perl"] = "pl", ["haskell"] = "hs", ["elixir"] = "ex", ["nginx"] = "conf",
        ["env"] = "env", ["text"] = "txt", ["txt"] = "txt", ["plaintext"] = "txt", ["http"] = "http", ["proto"] = "proto",
    };

    public static string ExtensionFor(string language) =>
        Extensions.GetValueOrDefault(language.Trim()) ?? "txt";

    public static string Slug(string title, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
            if (builder.Length >= 60)
                break;
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > 0 ? slug : fallback;
    }

    /// <summary>"03-title.py"; a Dockerfile keeps its conventional name.</summary>
    public static string Numbered(int index, string title, string extension, string fallback) =>
        extension == "Dockerfile"
            ? $"{index + 1:00}-{Slug(title, fallback)}.Dockerfile"
            : $"{index + 1:00}-{Slug(title, fallback)}.{extension}";
}
