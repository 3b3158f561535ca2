using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>Maps every table, column, key and index to snake_case, the names the SQL migrations use.</summary>
internal static class SnakeCaseNaming
{
    private static readonly Dictionary<string, string> IdentityTables = new()
    {
        ["AspNetUsers"] = "users",
        ["AspNetRoles"] = "roles",
        ["AspNetUserRoles"] = "user_roles",
        ["AspNetUserClaims"] = "user_claims",
        ["AspNetUserLogins"] = "user_logins",
        ["AspNetUserTokens"] = "user_tokens",
        ["AspNetRoleClaims"] = "role_claims",
    };

    public static void Apply(ModelBuilder builder)
    {
        // Tables first: constraint names are derived from the (already renamed) principal tables.
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null)
            {
                entity.SetTableName(IdentityTables.TryGetValue(table, out var mapped) ? mapped : ToSnakeCase(table));
            }
        }

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.GetColumnName()));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                var previousIsUpper = i > 0 && char.IsUpper(name[i - 1]);
                if (i > 0 && name[i - 1] != '_' && (previousIsLowerOrDigit || (previousIsUpper && nextIsLower)))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
