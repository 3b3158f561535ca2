using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Follows;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("follows");
        // One index per target serves "who follows X" (notifications, counts) and keeps each follow unique.
        builder.HasIndex(f => new { f.HubId, f.FollowerId }).IsUnique();
        builder.HasIndex(f => new { f.LearnerId, f.FollowerId }).IsUnique();
        builder.HasIndex(f => new { f.TechnologyId, f.FollowerId }).IsUnique();
        builder.HasIndex(f => new { f.FollowerId, f.Id });
        builder.HasOne<Learner>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(f => f.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Hub>().WithMany().HasForeignKey(f => f.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CatalogueEntry>().WithMany().HasForeignKey(f => f.TechnologyId).OnDelete(DeleteBehavior.Cascade);
    }
}
