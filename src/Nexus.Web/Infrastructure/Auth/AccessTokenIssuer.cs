using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>Signs short-lived JWT access tokens carrying the caller's id, handle, cohort and roles.</summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, SymmetricSecurityKey key, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    public string Issue(Guid userId, string handle, string cohort, IEnumerable<string> roles)
    {
        var claims = NexusClaims.For(userId, handle, cohort, roles);
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
