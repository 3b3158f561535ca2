using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Email;

public static class EmailExtensions
{
    public static WebApplicationBuilder AddNexusEmail(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection(SmtpOptions.Section));
        builder.Services.PostConfigure<SmtpOptions>(smtp =>
        {
            var data = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
            var folder = string.IsNullOrWhiteSpace(smtp.PickupDirectory) ? Path.Combine(data.DataDirectory, "mail") : smtp.PickupDirectory;
            smtp.PickupDirectory = Path.GetFullPath(folder, contentRoot);
        });
        builder.Services.Configure<EmailLinkOptions>(builder.Configuration.GetSection(EmailLinkOptions.Section));
        builder.Services.AddSingleton<SmtpEmailSender>();
        return builder;
    }
}
