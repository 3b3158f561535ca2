using System.Text;
using Microsoft.IdentityModel.Tokens;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Tests.Email;

public sealed class SignedLinkTokensTests
{
    private readonly MovableClock _clock = new(DateTimeOffset.Parse("2025-06-01T12:00:00Z"));
    private readonly SignedLinkTokens _tokens;

    public SignedLinkTokensTests() => _tokens = new SignedLinkTokens(Key("a-signing-key-that-is-long-enough-0123456789"), _clock);

    [Fact]
    public void ATokenIsValidForItsPurposeAndBindingUntilItExpires()
    {
        var token = _tokens.Issue("reset", new LinkClaim("user-1", "", _clock.GetUtcNow().AddHours(1)), "stamp-1");

        _tokens.Check("reset", token, "stamp-1").ShouldBe(LinkCheck.Valid);
        SignedLinkTokens.Peek(token)!.Subject.ShouldBe("user-1");
        _tokens.Check("verify-email", token, "stamp-1").ShouldBe(LinkCheck.Invalid);
        _tokens.Check("reset", token, "stamp-2").ShouldBe(LinkCheck.Invalid);
        _clock.Now = _clock.Now.AddHours(1);
        _tokens.Check("reset", token, "stamp-1").ShouldBe(LinkCheck.Expired);
    }

    [Fact]
    public void AnEditedOrForeignTokenIsInvalid()
    {
        var token = _tokens.Issue("unsubscribe", new LinkClaim("user-1", "Imports", null));
        var (payload, mac) = (token[..token.IndexOf('.')], token[(token.IndexOf('.') + 1)..]);
        var edited = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("user-2|Imports|")) + "." + mac;
        var foreign = new SignedLinkTokens(Key("another-key-that-is-long-enough-0123456789ab"), _clock)
            .Issue("unsubscribe", new LinkClaim("user-1", "Imports", null));

        _tokens.Check("unsubscribe", token).ShouldBe(LinkCheck.Valid);
        _tokens.Check("unsubscribe", edited).ShouldBe(LinkCheck.Invalid);
        _tokens.Check("unsubscribe", foreign).ShouldBe(LinkCheck.Invalid);
        _tokens.Check("unsubscribe", payload + ".").ShouldBe(LinkCheck.Invalid);
        _tokens.Check("unsubscribe", "not a token").ShouldBe(LinkCheck.Invalid);
        _tokens.Check("unsubscribe", "!!.??").ShouldBe(LinkCheck.Invalid);
        _tokens.Check("unsubscribe", null).ShouldBe(LinkCheck.Invalid);
        SignedLinkTokens.Peek("%%%.x").ShouldBeNull();
    }

    private static SymmetricSecurityKey Key(string text) => new(Encoding.UTF8.GetBytes(text));

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
