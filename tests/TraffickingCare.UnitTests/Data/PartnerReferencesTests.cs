using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Data;

namespace TraffickingCare.UnitTests.Data;

/// <summary>
/// The merge finds what points to a partner in the EF model, so a table a later feature adds is moved without
/// anyone editing the merge. A model with one more referencing table proves the list follows the model.
/// </summary>
public sealed class PartnerReferencesTests
{
    [Fact]
    public void A_table_that_points_to_a_partner_is_moved_by_a_merge_without_touching_the_merge()
    {
        using var context = new ModelWithALaterFeature();

        var references = PartnerReferences.Of(context.Model).Select(fk => $"{fk.DeclaringEntityType.GetTableName()}.{fk.Properties.Single().Name}").ToList();

        Assert.Equal(["LaterServices.GivenByPartnerId", "PartnerContacts.PartnerId"], references);
    }

    [Fact]
    public void The_merged_entry_keeps_its_link_to_the_kept_one()
    {
        using var context = new ModelWithALaterFeature();

        Assert.DoesNotContain(PartnerReferences.Of(context.Model), fk => fk.Properties.Any(p => p.Name == nameof(Partner.MergedIntoId)));
    }

    private sealed class LaterService
    {
        public Guid Id { get; set; }

        public Guid? GivenByPartnerId { get; set; }
    }

    private sealed class ModelWithALaterFeature() : DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Name is "PartnerConfiguration" or "PartnerContactConfiguration");
            modelBuilder.Entity<LaterService>(b =>
            {
                b.ToTable("LaterServices");
                b.HasOne<Partner>().WithMany().HasForeignKey(x => x.GivenByPartnerId);
            });
        }
    }
}
