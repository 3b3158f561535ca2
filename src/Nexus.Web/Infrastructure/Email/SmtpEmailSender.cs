using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Nexus.Web.Infrastructure.Email;

/// <summary>Sends through System.Net.Mail as multipart/alternative (plain text first, HTML preferred). Called from jobs only.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger)
{
    public async Task SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(smtp.From, smtp.FromName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(email.To, email.ToName, Encoding.UTF8));
        // System.Net.Mail adds no Message-ID; mail servers and spam filters expect one.
        message.Headers.Add("Message-ID", $"<{Guid.NewGuid():N}@{message.From.Host}>");
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.Text, Encoding.UTF8, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(email.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        if (email.UnsubscribeUrl is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{email.UnsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            Directory.CreateDirectory(smtp.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = smtp.PickupDirectory;
        }
        else
        {
            client.Host = smtp.Host;
            client.Port = smtp.Port;
            client.EnableSsl = smtp.EnableSsl;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
        }

        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Sent '{Subject}' to {Recipient} through {Server}", email.Subject, email.To,
            string.IsNullOrWhiteSpace(smtp.Host) ? smtp.PickupDirectory : $"{smtp.Host}:{smtp.Port}");
    }
}
