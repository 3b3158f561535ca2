using System.CommandLine;

namespace Nexus.Cli;

/// <summary><c>nexus export &lt;slug&gt;</c>: a hub as README.md, a .zip or a standalone HTML page.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var slug = new Argument<string>("slug") { Description = "The hub's slug" };
        var format = new Option<string>("--format") { Description = "md, zip or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "zip", "html");
        var output = new Option<string?>("--out") { Description = "File to write (default: README.md, <slug>.zip or <slug>.html)" };
        var connection = new ConnectionOptions();
        var command = new Command("export", "Export a hub") { slug, format, output };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (hub, kind) = (parse.GetValue(slug)!, parse.GetValue(format)!);
            await using var nexus = await connection.ConnectAsync(parse, needsIdentity: false, cancellationToken);
            using var response = await nexus.Client.GetAsync($"/api/v1/hubs/{Uri.EscapeDataString(hub)}/export?format={kind}", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException($"Export of '{hub}' failed ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            var path = parse.GetValue(output) ?? (kind == "md" ? "README.md" : $"{hub}.{kind}");
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(cancellationToken), cancellationToken);
            Console.WriteLine($"Wrote {path}");
            return 0;
        });
        return command;
    }
}
