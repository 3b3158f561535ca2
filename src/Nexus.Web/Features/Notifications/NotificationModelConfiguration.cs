using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nexus.Web.Features.Accounts;

namespace Nexus.Web.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Path).HasMaxLength(300);
        builder.Property(n => n.DedupeKey).HasMaxLength(120);
        // The paged list (newest first), the unread count and digests (not yet emailed) each read one range of an index.
        builder.HasIndex(n => new { n.RecipientId, n.Id });
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
        builder.HasIndex(n => new { n.RecipientId, n.EmailedAt });
        builder.HasIndex(n => new { n.RecipientId, n.DedupeKey }).IsUnique();
        builder.HasIndex(n => n.ActorId);
        builder.HasOne<Learner>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.ToTable("notification_settings");
        builder.HasKey(s => s.LearnerId);
        builder.Property(s => s.LearnerId).ValueGeneratedNever();
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
