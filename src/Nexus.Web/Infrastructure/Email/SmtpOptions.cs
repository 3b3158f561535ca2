namespace Nexus.Web.Infrastructure.Email;

/// <summary>The <c>Smtp</c> configuration section: the server every email goes through.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The SMTP server; when empty, emails are written as .eml files to <see cref="PickupDirectory"/> instead.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>Where emails go without a <see cref="Host"/>; defaults to <c>mail</c> in the data folder.</summary>
    public string PickupDirectory { get; set; } = "";

    /// <summary>STARTTLS on the connection (System.Net.Mail speaks STARTTLS, not implicit TLS on port 465).</summary>
    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "nexus@localhost";
    public string FromName { get; set; } = "Nexus";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The <c>Email</c> section: where links in emails point and how long they stay valid.</summary>
public sealed class EmailLinkOptions
{
    public const string Section = "Email";

    /// <summary>The address people reach Nexus at; every link in an email starts with it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public TimeSpan VerificationLinkLifetime { get; set; } = TimeSpan.FromDays(3);
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}
