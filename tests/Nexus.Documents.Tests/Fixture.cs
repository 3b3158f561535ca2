namespace Nexus.Documents.Tests;

internal static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static ImportResult Import(string name) => ReadmeImporter.Import(Bytes(name), TestCatalogue.Instance);
}
