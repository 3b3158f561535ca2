namespace Nexus.Web.Features.Accounts;

public sealed record RegisterRequest(
    string? Email,
    string? Password,
    string? Handle,
    string? DisplayName,
    string? Track,
    string? Cohort,
    string? Github,
    string? Discord);

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");

public sealed record ProfileResponse(
    Guid Id,
    string Email,
    bool EmailVerified,
    string Handle,
    string DisplayName,
    string Track,
    string Cohort,
    string? Github,
    string? Discord,
    IReadOnlyList<string> Roles);

/// <summary>Profile changes a learner may make; handle, email and cohort are changed by admins only.</summary>
public sealed record UpdateProfileRequest(string? DisplayName, string? Track, string? Github, string? Discord);
