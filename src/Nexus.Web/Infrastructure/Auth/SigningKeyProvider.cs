using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>Resolves the token signing key: configured, or generated once and kept in the data folder.</summary>
internal static class SigningKeyProvider
{
    public static SymmetricSecurityKey Resolve(AuthOptions auth, DatabaseOptions database, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            var configured = Encoding.UTF8.GetBytes(auth.SigningKey);
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
            }

            return new SymmetricSecurityKey(configured);
        }

        var directory = Path.GetFullPath(database.DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "jwt-signing.key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
