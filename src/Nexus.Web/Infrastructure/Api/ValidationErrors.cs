using System.Text.RegularExpressions;

namespace Nexus.Web.Infrastructure.Api;

/// <summary>Collects field errors for a ValidationProblem response; field names use the JSON (camelCase) path.</summary>
public sealed partial class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public ValidationErrors Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"'{field}' is required.");
        }

        return MaxLength(field, value, maxLength);
    }

    public ValidationErrors MaxLength(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength
            ? Add(field, $"'{field}' must be at most {maxLength} characters (it has {value.Length}).")
            : this;

    public ValidationErrors Slug(string field, string? value, int maxLength = 80)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Add(field, $"'{field}' is required.");
        }

        return value.Length > maxLength || !SlugPattern().IsMatch(value)
            ? Add(field, $"'{field}' must be 1–{maxLength} lowercase letters, digits and single hyphens (e.g. 'grace-backend-journey').")
            : this;
    }

    public ValidationErrors AbsoluteHttpUrl(string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, $"'{field}' is required.") : this;
        }

        return value.Length > 2048
               || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
               || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            ? Add(field, $"'{field}' must be an absolute http or https URL.")
            : this;
    }

    public ValidationErrors Count<T>(string field, IReadOnlyCollection<T>? items, int max) =>
        items is not null && items.Count > max ? Add(field, $"'{field}' may hold at most {max} items.") : this;

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
