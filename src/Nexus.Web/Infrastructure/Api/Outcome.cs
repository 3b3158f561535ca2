using Microsoft.AspNetCore.Http.HttpResults;

namespace Nexus.Web.Infrastructure.Api;

/// <summary>
/// What an operation shared by the REST API and the web UI came to: its value, or the expected reason there is none.
/// Endpoints turn it into ProblemDetails (<see cref="ToHttpResult"/>); pages show the errors next to the fields.
/// </summary>
public abstract record Outcome<T>
{
    public sealed record Done(T Value) : Outcome<T>;

    public sealed record Invalid(ValidationErrors Errors) : Outcome<T>;

    public sealed record NotFound(string Message) : Outcome<T>;

    public sealed record Conflict(string Message) : Outcome<T>;

    public Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToHttpResult() => this switch
    {
        Done done => TypedResults.Ok(done.Value),
        Invalid invalid => TypedResults.ValidationProblem(invalid.Errors.ToDictionary()),
        Conflict conflict => ApiProblems.Conflict(conflict.Message),
        _ => ApiProblems.NotFound(((NotFound)this).Message),
    };

    /// <summary>The field errors of an invalid outcome (empty otherwise), keyed like a ValidationProblem.</summary>
    public IReadOnlyDictionary<string, string[]> FieldErrors => this is Invalid invalid ? invalid.Errors.ToDictionary() : new Dictionary<string, string[]>();

    /// <summary>The message of a not-found or conflict outcome.</summary>
    public string? Problem => this switch
    {
        NotFound notFound => notFound.Message,
        Conflict conflict => conflict.Message,
        _ => null,
    };
}
