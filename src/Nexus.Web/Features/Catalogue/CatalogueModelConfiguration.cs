using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nexus.Web.Features.Catalogue;

internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> builder)
    {
        builder.ToTable("catalogue_entries");
        builder.Property(e => e.Slug).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Category).HasMaxLength(50);
        builder.HasIndex(e => new { e.Kind, e.Slug }).IsUnique();
    }
}
