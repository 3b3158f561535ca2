namespace Nexus.Web.Tests.Infrastructure;

/// <summary>A test that needs the real SMTP sink (scripts/start-smtp-sink.sh); skipped, saying why, without it.</summary>
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (!Mailbox.HasSink)
        {
            Skip = $"needs the SMTP sink: set {Mailbox.SinkVariable} to the folder scripts/start-smtp-sink.sh prints (the CI web tiers do)";
        }
    }
}
