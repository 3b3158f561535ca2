using System.IO.Compression;
using Nexus.Cli;

namespace Nexus.Cli.Tests;

/// <summary>
/// The CLI against a local database: it starts Nexus in-process on a fresh SQLite folder (the administrator
/// from the Admin__* environment variables is the learner it acts as), imports, then exports.
/// </summary>
public sealed class LocalDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nexus-cli-").FullName;

    public LocalDatabaseTests()
    {
        Environment.SetEnvironmentVariable("Admin__Email", "admin@cli.test");
        Environment.SetEnvironmentVariable("Admin__Password", "admin-password-123");
        Environment.SetEnvironmentVariable("Auth__SigningKey", "cli-tests-signing-key-0123456789abcdef0123");
    }

    [Fact]
    public async Task ImportingAFolderOfReadmesThenExportingOneRoundTrips()
    {
        var readmes = Directory.CreateDirectory(Path.Combine(_folder, "readmes")).FullName;
        Directory.CreateDirectory(Path.Combine(readmes, "one"));
        Directory.CreateDirectory(Path.Combine(readmes, "two"));
        await File.WriteAllTextAsync(Path.Combine(readmes, "one", "README.md"), Readme("Zainab's Hub"));
        await File.WriteAllTextAsync(Path.Combine(readmes, "two", "readme.md"), Readme("Tomás' Hub"));
        await File.WriteAllTextAsync(Path.Combine(readmes, "two", "NOTES.md"), "# Not a README");
        var data = Path.Combine(_folder, "data");

        (await NexusCli.RunAsync(["import", readmes, "--data-dir", data, "--as", "admin"])).ShouldBe(0);

        var output = Path.Combine(_folder, "hub.zip");
        (await NexusCli.RunAsync(["export", "zainabs-hub", "--format", "zip", "--out", output, "--data-dir", data])).ShouldBe(0);
        using var zip = ZipFile.OpenRead(output);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        var markdown = await reader.ReadToEndAsync();
        markdown.ShouldContain("# Zainab's Hub");
        markdown.ShouldContain("Celery worker ignored tasks");
        (await NexusCli.RunAsync(["export", "tomas-hub", "--out", Path.Combine(_folder, "README.md"), "--data-dir", data])).ShouldBe(0);
    }

    [Fact]
    public async Task MistakesAreReportedWithAnExitCode()
    {
        var data = Path.Combine(_folder, "data");

        (await NexusCli.RunAsync(["import", Path.Combine(_folder, "missing"), "--data-dir", data, "--as", "admin"])).ShouldBe(2);
        (await NexusCli.RunAsync(["import", _folder, "--data-dir", data])).ShouldBe(2);
        (await NexusCli.RunAsync(["export", "no-such-hub", "--data-dir", data])).ShouldBe(2);
        (await NexusCli.RunAsync(["export", "x", "--server", "not a url"])).ShouldBe(2);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The SQLite file may still be closing; the temp folder is cleaned by the OS.
        }
    }

    private static string Readme(string title) => $"""
        # {title}

        ## Key Technologies

        - **Python** – Scripts and services
        - **Celery**: Background jobs

        ## Challenges Faced

        ### Challenge 1: Celery worker ignored tasks

        **Problem**: Tasks stayed queued.

        **Solution**: Same broker URL everywhere.

        **Result**: Jobs run within a second.
        """;
}
