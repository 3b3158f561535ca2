namespace Nexus.Documents;

/// <summary>The author's fields while an author section is read; later lines overwrite earlier ones.</summary>
internal sealed class AuthorFields(AuthorDocument? known)
{
    public string Name { get; set; } = known?.Name ?? "";
    public string Program { get; set; } = known?.Program ?? "";
    public string GitHub { get; set; } = known?.GitHub ?? "";
    public string Profile { get; set; } = known?.ProfileUrl ?? "";
    public string Email { get; set; } = known?.Email ?? "";

    public AuthorDocument ToDocument() => new(Name, Program, GitHub, Profile, Email);
}
