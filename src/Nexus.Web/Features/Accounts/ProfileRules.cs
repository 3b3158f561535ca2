using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.Accounts;

internal static partial class ProfileRules
{
    public static void CheckSocial(ValidationErrors errors, string? github, string? discord)
    {
        if (!string.IsNullOrWhiteSpace(github) && !GitHubPattern().IsMatch(github.Trim()))
        {
            errors.Add("github", "'github' must be a GitHub user name (letters, digits and single hyphens, at most 39).");
        }

        errors.MaxLength("discord", discord?.Trim(), 37);
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")]
    private static partial Regex GitHubPattern();
}

internal static class IdentityErrors
{
    /// <summary>Maps Identity's error codes to the request fields they are about.</summary>
    public static ValidationErrors ToValidationErrors(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code switch
            {
                var code when code.StartsWith("Password", StringComparison.Ordinal) => "password",
                var code when code.Contains("Email", StringComparison.Ordinal) => "email",
                var code when code.Contains("UserName", StringComparison.Ordinal) => "handle",
                _ => "account",
            }, error.Description);
        }

        return errors;
    }
}
