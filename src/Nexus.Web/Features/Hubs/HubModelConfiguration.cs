using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nexus.Web.Features.Revisions;

namespace Nexus.Web.Features.Hubs;

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.Property(h => h.Slug).HasMaxLength(80);
        builder.HasIndex(h => h.Slug).IsUnique();
        builder.Property(h => h.Title).HasMaxLength(200);
        builder.Property(h => h.Summary).HasMaxLength(1000);
        builder.Property(h => h.AuthorName).HasMaxLength(200);
        builder.Property(h => h.AuthorProgram).HasMaxLength(200);
        builder.Property(h => h.AuthorGithub).HasMaxLength(2048);
        builder.Property(h => h.AuthorProfileUrl).HasMaxLength(2048);
        builder.Property(h => h.AuthorEmail).HasMaxLength(256);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => h.OwnerId);
        builder.HasIndex(h => h.UpdatedAt);
        builder.HasIndex(h => new { h.Visibility, h.UpdatedAt });
        builder.HasOne(h => h.Owner).WithMany().HasForeignKey(h => h.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Sections).WithOne().HasForeignKey(s => s.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Topics).WithOne().HasForeignKey(t => t.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Challenges).WithOne().HasForeignKey(c => c.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Takeaways).WithOne().HasForeignKey(t => t.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Snippets).WithOne().HasForeignKey(s => s.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Resources).WithOne().HasForeignKey(r => r.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(h => h.Projects).WithOne().HasForeignKey(p => p.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<HubRevision>().WithOne().HasForeignKey(r => r.HubId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HubSectionConfiguration : IEntityTypeConfiguration<HubSection>
{
    public void Configure(EntityTypeBuilder<HubSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.HasIndex(s => s.HubId);
    }
}

internal sealed class HubTopicConfiguration : IEntityTypeConfiguration<HubTopic>
{
    public void Configure(EntityTypeBuilder<HubTopic> builder)
    {
        builder.HasIndex(t => new { t.HubId, t.EntryId }).IsUnique();
        builder.HasIndex(t => t.EntryId);
        builder.HasOne(t => t.Entry).WithMany().HasForeignKey(t => t.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.HasIndex(c => c.HubId);
        builder.HasOne(c => c.VerifiedBy).WithMany().HasForeignKey(c => c.VerifiedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Technologies).WithOne().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChallengeTechnologyConfiguration : IEntityTypeConfiguration<ChallengeTechnology>
{
    public void Configure(EntityTypeBuilder<ChallengeTechnology> builder)
    {
        builder.ToTable("challenge_technologies");
        builder.HasKey(t => new { t.ChallengeId, t.EntryId });
        builder.HasIndex(t => t.EntryId);
        builder.HasOne(t => t.Entry).WithMany().HasForeignKey(t => t.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TakeawayConfiguration : IEntityTypeConfiguration<Takeaway>
{
    public void Configure(EntityTypeBuilder<Takeaway> builder)
    {
        builder.ToTable("takeaways");
        builder.HasIndex(t => t.HubId);
    }
}

internal sealed class SnippetConfiguration : IEntityTypeConfiguration<Snippet>
{
    public void Configure(EntityTypeBuilder<Snippet> builder)
    {
        builder.ToTable("snippets");
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Language).HasMaxLength(40);
        builder.HasIndex(s => s.HubId);
    }
}

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resources");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Url).HasMaxLength(2048);
        builder.HasIndex(r => r.HubId);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.RepositoryUrl).HasMaxLength(2048);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.HasIndex(p => p.HubId);
    }
}

internal sealed class HubRevisionConfiguration : IEntityTypeConfiguration<HubRevision>
{
    public void Configure(EntityTypeBuilder<HubRevision> builder)
    {
        builder.HasIndex(r => new { r.HubId, r.Number }).IsUnique();
        builder.Property(r => r.Message).HasMaxLength(500);
    }
}
