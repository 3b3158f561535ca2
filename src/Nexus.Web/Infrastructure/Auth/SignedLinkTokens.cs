using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Nexus.Web.Infrastructure.Auth;

/// <summary>What a signed link carries: whom it is about, one value (e.g. a category) and when it stops working.</summary>
public sealed record LinkClaim(string Subject, string Value, DateTimeOffset? ExpiresAt);

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>
/// Tokens for links in emails (verify, reset, unsubscribe): <c>payload.mac</c>, where the HMAC covers a purpose (a
/// verification token is no reset token) and a binding the token does not carry (a security stamp or an email
/// address), so changing the binding retires every token issued before. The key is derived from Auth:SigningKey,
/// which every node shares.
/// </summary>
public sealed class SignedLinkTokens(SymmetricSecurityKey signingKey, TimeProvider clock)
{
    private readonly byte[] _key = HMACSHA256.HashData(signingKey.Key, "nexus/signed-links/v1"u8);

    public string Issue(string purpose, LinkClaim claim, string binding = "")
    {
        var expires = claim.ExpiresAt?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "";
        var payload = Encoding.UTF8.GetBytes($"{claim.Subject}|{claim.Value}|{expires}");
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Mac(purpose, payload, binding));
    }

    /// <summary>Reads a token's claim without trusting it, so the caller can look up the binding; null when malformed.</summary>
    public static LinkClaim? Peek(string? token)
    {
        var payload = Payload(token);
        if (payload is null)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 3)
        {
            return null;
        }

        DateTimeOffset? expires = null;
        if (parts[2].Length > 0)
        {
            if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
            {
                return null;
            }

            expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return new LinkClaim(parts[0], parts[1], expires);
    }

    public LinkCheck Check(string purpose, string? token, string binding = "")
    {
        var payload = Payload(token);
        var claim = Peek(token);
        if (token is null || payload is null || claim is null)
        {
            return LinkCheck.Invalid;
        }

        var presented = Decode(token[(token.IndexOf('.') + 1)..]);
        if (presented is null || !CryptographicOperations.FixedTimeEquals(presented, Mac(purpose, payload, binding)))
        {
            return LinkCheck.Invalid;
        }

        return claim.ExpiresAt is { } expires && expires <= clock.GetUtcNow() ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private byte[] Mac(string purpose, byte[] payload, string binding)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(purpose) + payload.Length + Encoding.UTF8.GetByteCount(binding) + 2];
        var written = Encoding.UTF8.GetBytes(purpose, input);
        input[written++] = 0;
        payload.CopyTo(input, written);
        written += payload.Length;
        input[written++] = 0;
        Encoding.UTF8.GetBytes(binding, input.AsSpan(written));
        return HMACSHA256.HashData(_key, input);
    }

    private static byte[]? Payload(string? token)
    {
        var dot = token?.IndexOf('.') ?? -1;
        if (token is null || dot <= 0 || token.Length > 1024)
        {
            return null;
        }

        return Decode(token[..dot]);
    }

    private static byte[]? Decode(string text) => Base64Url.IsValid(text) ? Base64Url.DecodeFromChars(text) : null;
}
