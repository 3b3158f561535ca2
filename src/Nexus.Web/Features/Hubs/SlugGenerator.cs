using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Hubs;

/// <summary>Makes URL slugs from titles ("Grace’s Backend Journey 🚀" → "graces-backend-journey").</summary>
public static class SlugGenerator
{
    public static string Slugify(string text, int maxLength = 60)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
                if (builder.Length >= maxLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString().Trim('-');
    }

    public static async Task<string> UniqueAsync(NexusDbContext db, string title, string handle, CancellationToken cancellationToken)
    {
        var stem = Slugify(title);
        if (stem.Length < 3)
        {
            stem = $"{handle}-hub";
        }

        var taken = await db.Hubs.Where(h => h.Slug == stem || h.Slug.StartsWith(stem + "-")).Select(h => h.Slug).ToListAsync(cancellationToken);
        var candidate = stem;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }
}
