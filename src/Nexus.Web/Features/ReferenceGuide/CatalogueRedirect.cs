using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nexus.Web.Features.Catalogue;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>The slug of an entry merged into <see cref="Entry"/>: links to the old slug keep working.</summary>
public sealed class CatalogueRedirect
{
    public long Id { get; set; }
    public TopicKind Kind { get; set; }
    public string Slug { get; set; } = "";
    public long EntryId { get; set; }
    public CatalogueEntry Entry { get; set; } = null!;
}

internal sealed class CatalogueRedirectConfiguration : IEntityTypeConfiguration<CatalogueRedirect>
{
    public void Configure(EntityTypeBuilder<CatalogueRedirect> builder)
    {
        builder.ToTable("catalogue_redirects");
        builder.Property(r => r.Slug).HasMaxLength(64);
        builder.HasIndex(r => new { r.Kind, r.Slug }).IsUnique();
        builder.HasOne(r => r.Entry).WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
