using System.CommandLine;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Spectre.Console;

namespace Nexus.Cli;

/// <summary><c>nexus import &lt;file-or-folder&gt;</c>: one README, every README in a folder, or a repository archive.</summary>
public static class ImportCommand
{
    private sealed record Outcome(string File, bool Succeeded, string Result, int Sections, int Technologies, int Challenges, int Repairs);

    public static Command Create()
    {
        var path = new Argument<string>("file-or-folder") { Description = "A README (.md), a folder to search for READMEs, or a .zip/.tar.gz archive" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be imported without saving" };
        var visibility = new Option<string>("--visibility") { Description = "public, cohort or private", DefaultValueFactory = _ => "public" };
        var connection = new ConnectionOptions();
        var command = new Command("import", "Import learner READMEs into structured hubs") { path, dryRun, visibility };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = FindFiles(parse.GetValue(path)!);
            await using var nexus = await connection.ConnectAsync(parse, needsIdentity: true, cancellationToken);
            var outcomes = new List<Outcome>();
            await AnsiConsole.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: files.Count);
                foreach (var file in files)
                {
                    task.Description = Path.GetFileName(file);
                    outcomes.AddRange(await ImportOneAsync(nexus.Client, file, parse.GetValue(dryRun), parse.GetValue(visibility)!, cancellationToken));
                    task.Increment(1);
                }
            });
            AnsiConsole.Write(Summary(outcomes));
            return outcomes.All(o => o.Succeeded) ? 0 : 1;
        });
        return command;
    }

    private static List<string> FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new CliException($"'{path}' is neither a file nor a folder.");
        }

        var readmes = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).StartsWith("readme", StringComparison.OrdinalIgnoreCase)
                        && Path.GetExtension(f).ToLowerInvariant() is ".md" or ".markdown")
            .Order(StringComparer.Ordinal).ToList();
        return readmes.Count > 0 ? readmes : throw new CliException($"No README*.md files under '{path}'.");
    }

    private static async Task<IEnumerable<Outcome>> ImportOneAsync(HttpClient client, string file, bool dryRun, string visibility, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { content, "file", Path.GetFileName(file) },
            { new StringContent(dryRun ? "true" : "false"), "dryRun" },
            { new StringContent(visibility), "visibility" },
        };
        using var response = await client.PostAsync("/api/v1/imports", form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return [new Outcome(file, false, Problem(response.StatusCode, body), 0, 0, 0, 0)];
        }

        var json = JsonDocument.Parse(body).RootElement;
        return response.StatusCode switch
        {
            HttpStatusCode.Accepted => await FollowJobAsync(client, file, response.Headers.Location!, cancellationToken),
            HttpStatusCode.Created => [Describe(file, json, $"created {json.GetProperty("slug").GetString()}", null)],
            _ => [Describe(file, json.GetProperty("hub"), "dry run: nothing saved", json.GetProperty("report"))],
        };
    }

    private static async Task<IEnumerable<Outcome>> FollowJobAsync(HttpClient client, string file, Uri location, CancellationToken cancellationToken)
    {
        while (true)
        {
            var job = JsonDocument.Parse(await client.GetStringAsync(location, cancellationToken)).RootElement;
            var status = job.GetProperty("status").GetString();
            if (status is "succeeded" or "failed")
            {
                var hubs = job.GetProperty("hubs").EnumerateArray().Select(h => new Outcome(file, true, $"created {h.GetString()}", 0, 0, 0, 0));
                var errors = job.GetProperty("errors").EnumerateArray().Select(e =>
                    new Outcome($"{file}:{e.GetProperty("path").GetString()}", false, e.GetProperty("message").GetString()!, 0, 0, 0, 0));
                return [.. hubs, .. errors];
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    private static Outcome Describe(string file, JsonElement hub, string result, JsonElement? report) => new(
        file, true, result, hub.GetProperty("sections").GetArrayLength(), hub.GetProperty("technologies").GetArrayLength(),
        hub.GetProperty("challenges").GetArrayLength(),
        report?.GetProperty("encoding").GetProperty("sequencesRepaired").GetInt32() ?? 0);

    private static string Problem(HttpStatusCode status, string body)
    {
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : problem.GetProperty("title").GetString();
            if (problem.TryGetProperty("errors", out var errors))
            {
                detail += " " + string.Join(" ", errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(v => v.GetString())));
            }

            return $"{(int)status}: {detail}";
        }
        catch (JsonException)
        {
            return $"{(int)status}: {body}";
        }
    }

    private static Table Summary(IReadOnlyList<Outcome> outcomes)
    {
        var table = new Table().AddColumns("file", "result", "sections", "technologies", "challenges", "repairs");
        foreach (var o in outcomes)
        {
            table.AddRow(Markup.Escape(o.File), o.Succeeded ? Markup.Escape(o.Result) : $"[red]{Markup.Escape(o.Result)}[/]",
                o.Sections.ToString(), o.Technologies.ToString(), o.Challenges.ToString(), o.Repairs.ToString());
        }

        table.Caption($"{outcomes.Count(o => o.Succeeded)} imported, {outcomes.Count(o => !o.Succeeded)} failed");
        return table;
    }
}
