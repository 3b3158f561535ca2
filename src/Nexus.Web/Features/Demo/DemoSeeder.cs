using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Demo;

/// <summary>
/// Seeds the catalogue when it is empty and, on a database without hubs (and when enabled), the demo cohort.
/// Demo hubs go through the same validation and write path as the API.
/// </summary>
public sealed class DemoSeeder(
    NexusDbContext db,
    UserManager<Learner> users,
    HubValidator validator,
    HubStore store,
    TimeProvider clock,
    ILogger<DemoSeeder> logger)
{
    /// <summary>Every demo account signs in with this password (documented in the README).</summary>
    public const string DemoPassword = "nexus-demo-2025";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(bool demo, CancellationToken cancellationToken)
    {
        if (!await db.CatalogueEntries.AnyAsync(cancellationToken))
        {
            await SeedCatalogueAsync(cancellationToken);
        }

        if (demo && !await db.Hubs.AnyAsync(cancellationToken))
        {
            await SeedCohortAsync(cancellationToken);
        }
    }

    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        var catalogue = Read<CatalogueFile>("catalogue.json");
        var now = clock.GetUtcNow();
        db.CatalogueEntries.AddRange(catalogue.Technologies.Select(e => ToEntry(e, TopicKind.Technology, now)));
        db.CatalogueEntries.AddRange(catalogue.Concepts.Select(e => ToEntry(e, TopicKind.Concept, now)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the catalogue: {Technologies} technologies, {Concepts} concepts",
            catalogue.Technologies.Count, catalogue.Concepts.Count);
    }

    private async Task SeedCohortAsync(CancellationToken cancellationToken)
    {
        var files = ResourceNames().Where(n => n.Contains(".Demo.Data.hub-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var demos = files.Select(name => Read<DemoHub>(name, qualified: true)).ToList();
        var learners = new Dictionary<string, Learner>();
        foreach (var demo in demos)
        {
            learners[demo.Learner.Handle] = await CreateLearnerAsync(demo.Learner);
        }

        var mentor = learners.Values.FirstOrDefault(l => demos.Any(d => d.Learner.Handle == l.Handle && d.Learner.Role == Roles.Mentor));
        foreach (var demo in demos)
        {
            var (valid, errors) = await validator.ValidateAsync(demo.Hub.ToWriteRequest(), creating: true, cancellationToken);
            if (valid is null)
            {
                throw new InvalidOperationException($"Demo hub '{demo.Hub.Slug}' is invalid: " +
                                                    string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
            }

            var owner = learners[demo.Learner.Handle];
            var now = clock.GetUtcNow();
            var hub = new Hub { Slug = demo.Hub.Slug, OwnerId = owner.Id, Owner = owner, CreatedAt = now };
            HubWriter.Apply(hub, valid, now);
            if (mentor is not null)
            {
                foreach (var (challenge, verified) in hub.Challenges.Zip(demo.Hub.Challenges.Select(c => c.Verified)))
                {
                    challenge.VerifiedById = verified ? mentor.Id : null;
                    challenge.VerifiedAt = verified ? now : null;
                }
            }

            db.Hubs.Add(hub);
            await store.SaveRevisionAsync(hub, owner.Id, "Imported with the demo cohort", cancellationToken);
        }

        logger.LogInformation("Seeded the demo cohort: {Count} learners with their hubs", demos.Count);
    }

    private async Task<Learner> CreateLearnerAsync(DemoLearner demo)
    {
        var now = clock.GetUtcNow();
        TrackNames.TryParse(demo.Track, out var track);
        var learner = new Learner
        {
            Id = Guid.CreateVersion7(),
            UserName = demo.Handle,
            Email = demo.Email,
            EmailConfirmed = true,
            Handle = demo.Handle,
            DisplayName = demo.DisplayName,
            Track = track,
            Cohort = demo.Cohort,
            GitHub = demo.Github,
            Discord = demo.Discord,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var created = await users.CreateAsync(learner, DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo learner '{demo.Handle}': {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(learner, Roles.Learner);
        if (demo.Role == Roles.Mentor)
        {
            await users.AddToRoleAsync(learner, Roles.Mentor);
        }

        return learner;
    }

    private static CatalogueEntry ToEntry(DemoCatalogueEntry entry, TopicKind kind, DateTimeOffset now) => new()
    {
        Kind = kind,
        Slug = entry.Slug,
        Name = entry.Name,
        Category = entry.Category,
        Aliases = [.. entry.Aliases],
        CreatedAt = now,
    };

    private static IEnumerable<string> ResourceNames() => Assembly.GetExecutingAssembly().GetManifestResourceNames();

    private static T Read<T>(string name, bool qualified = false)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = qualified ? name : ResourceNames().Single(n => n.EndsWith($".Demo.Data.{name}", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Demo file {name} is empty.");
    }
}
