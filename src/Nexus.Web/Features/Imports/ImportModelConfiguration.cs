using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nexus.Web.Features.Accounts;

namespace Nexus.Web.Features.Imports;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.Visibility).HasMaxLength(16);
        builder.HasIndex(j => new { j.Status, j.CreatedAt });
        builder.HasIndex(j => j.OwnerId);
        builder.HasOne<Learner>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
