using Nexus.GraphQL.Execution;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.GraphQL;

/// <summary>Errors resolvers raise, each with an <c>extensions.code</c> clients can branch on.</summary>
public static class GraphQLErrors
{
    public static GraphQLException Coded(string code, string message, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return new GraphQLException(message, extensions);
    }

    public static GraphQLException Unauthenticated() => Coded("UNAUTHENTICATED", "Sign in: send Authorization: Bearer <access token>.");

    public static GraphQLException NotFound(string message) => Coded("NOT_FOUND", message);

    public static GraphQLException Forbidden(string message) => Coded("FORBIDDEN", message);

    /// <summary>Field errors of the domain's validation, each path prefixed with the argument that carried the input.</summary>
    public static GraphQLException Invalid(ValidationErrors errors, string argument)
    {
        var fields = errors.ToDictionary().ToDictionary(pair => $"{argument}.{pair.Key}", pair => (object?)pair.Value);
        var summary = string.Join(" ", fields.Values.SelectMany(messages => (string[])messages!));
        return Coded("BAD_USER_INPUT", $"The input is not valid: {summary}", new Dictionary<string, object?> { ["fields"] = fields });
    }
}
