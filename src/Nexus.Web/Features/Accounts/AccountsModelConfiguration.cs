using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nexus.Web.Features.Accounts;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.Property(l => l.Handle).HasMaxLength(32);
        builder.HasIndex(l => l.Handle).IsUnique();
        builder.Property(l => l.DisplayName).HasMaxLength(100);
        builder.Property(l => l.Cohort).HasMaxLength(32);
        builder.HasIndex(l => l.Cohort);
        builder.Property(l => l.GitHub).HasColumnName("github").HasMaxLength(39);
        builder.Property(l => l.Discord).HasMaxLength(37);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.FamilyId);
        builder.HasOne<Learner>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
