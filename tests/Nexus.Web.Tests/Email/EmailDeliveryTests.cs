using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Email;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Email;

public sealed class EmailDeliveryTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [SmtpFact]
    public async Task TheSenderDeliversHtmlAndPlainTextThroughTheSmtpSink()
    {
        var to = $"sink-{Guid.NewGuid():N}@nexus.test";
        var email = new EmailBuilder("Grüße from Nexus")
            .Paragraph("A learner titled a hub <script>alert(1)</script> & more.")
            .Button("Open", "https://nexus.example/hubs/a?x=1&y=2")
            .Footer("You follow this hub.", "https://nexus.example/unsubscribe?token=abc")
            .Build(to, "Ada Ünal", "Grüße: a test email");

        await factory.Services.GetRequiredService<SmtpEmailSender>().SendAsync(email, CancellationToken.None);

        var received = await factory.Mail.WaitForAsync(to, "Grüße");
        received.Headers.ContainsKey("X-Peer").ShouldBeTrue("the sink adds X-Peer to what it received over SMTP");
        received.Headers["Content-Type"].ShouldStartWith("multipart/alternative");
        received.Headers["List-Unsubscribe"].ShouldBe("<https://nexus.example/unsubscribe?token=abc>");
        received.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        received.Text.ShouldContain("A learner titled a hub <script>alert(1)</script> & more.");
        received.Text.ShouldContain("Open: https://nexus.example/hubs/a?x=1&y=2");
        received.Html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more.");
        received.Html.ShouldContain("href=\"https://nexus.example/hubs/a?x=1&amp;y=2\"");
        received.Html.ShouldNotContain("<script>");
    }

    [Fact]
    public void TheLayoutEncodesEveryPieceOfText()
    {
        var email = new EmailBuilder("<b>Heading</b>")
            .Section("Hubs \"new\"", [new EmailItem("<i>Title</i>", "https://x.test/?a=1&b=\"2\"", "by <u>someone</u>")])
            .Footer("Because <you> asked.")
            .Build("a@b.test", "A", "<Subject>");

        email.Html.ShouldContain("<title>&lt;Subject&gt;</title>");
        email.Html.ShouldContain("&lt;b&gt;Heading&lt;/b&gt;");
        email.Html.ShouldContain("Hubs &quot;new&quot;");
        email.Html.ShouldContain("<a href=\"https://x.test/?a=1&amp;b=&quot;2&quot;\">&lt;i&gt;Title&lt;/i&gt;</a> — by &lt;u&gt;someone&lt;/u&gt;");
        email.Html.ShouldContain("Because &lt;you&gt; asked.");
        email.Html.ShouldNotContain("Unsubscribe");
        email.UnsubscribeUrl.ShouldBeNull();
        email.Text.ShouldContain("* <i>Title</i> — by <u>someone</u>");
    }
}
