using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>A migration file shipped inside the assembly, with the checksum that pins its content.</summary>
public sealed record MigrationScript(string Id, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>Reads the SQL files of <c>Migrations/{provider}/</c>, in file-name order.</summary>
public sealed class MigrationSource(string provider)
{
    public string Provider { get; } = provider;

    public IReadOnlyList<MigrationScript> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"{assembly.GetName().Name}.Migrations.{Provider}.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
                return new MigrationScript(name[prefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
