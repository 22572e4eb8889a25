using TraffickingCare.Domain.Partners;
using TraffickingCare.Web.Features.Network.Ecomap;

namespace TraffickingCare.UnitTests.Features.Network;

public sealed class EcomapLayoutTests
{
    [Fact]
    public void An_empty_network_draws_every_expected_sector_as_missing()
    {
        var drawing = EcomapLayout.Draw([]);

        Assert.Equal(Sectors.OfNetwork, drawing.Sectors.Select(s => s.Sector));
        Assert.All(drawing.Sectors, s => Assert.True(s.IsMissing));
        Assert.Empty(drawing.Nodes);
    }

    [Fact]
    public void A_sector_with_an_actor_is_not_missing_and_the_actor_stands_in_its_segment()
    {
        var school = new EcomapActor(Guid.NewGuid(), Sector.Education, "OŠ Vuk Karadžić", IsStale: false);

        var drawing = EcomapLayout.Draw([school]);

        Assert.False(drawing.Sectors.Single(s => s.Sector == Sector.Education).IsMissing);
        Assert.True(drawing.Sectors.Single(s => s.Sector == Sector.Health).IsMissing);
        var node = Assert.Single(drawing.Nodes);
        Assert.Equal(Sector.Education, node.Sector);

        // Education is the second of nine sectors clockwise from the top: its segment lies right of the centre, above it.
        Assert.True(node.At.X > drawing.Centre.X);
        Assert.True(node.At.Y < drawing.Centre.Y);
    }

    [Fact]
    public void A_stale_contact_is_drawn_as_stale()
    {
        var drawing = EcomapLayout.Draw([
            new EcomapActor(Guid.NewGuid(), Sector.Health, "Dom zdravlja", IsStale: true),
            new EcomapActor(Guid.NewGuid(), Sector.Police, "PU Niš", IsStale: false)]);

        Assert.True(drawing.Nodes.Single(n => n.Sector == Sector.Health).IsStale);
        Assert.False(drawing.Nodes.Single(n => n.Sector == Sector.Police).IsStale);
    }

    [Fact]
    public void A_sector_outside_the_expected_ones_gets_its_own_segment_when_present()
    {
        var drawing = EcomapLayout.Draw([new EcomapActor(Guid.NewGuid(), Sector.InternationalOrganisation, "IOM", IsStale: false)]);

        Assert.Equal(Sectors.OfNetwork.Count + 1, drawing.Sectors.Count);
        Assert.False(drawing.Sectors[^1].IsMissing);
    }

    [Fact]
    public void Actors_of_one_sector_never_share_a_place_and_stay_inside_the_drawing()
    {
        var actors = Enumerable.Range(0, 6).Select(i => new EcomapActor(Guid.NewGuid(), Sector.SocialProtection, $"CSR {i}", false)).ToList();

        var drawing = EcomapLayout.Draw(actors);

        Assert.Equal(6, drawing.Nodes.Select(n => n.At).Distinct().Count());
        Assert.All(drawing.Nodes, n => Assert.InRange(n.At.X, EcomapLayout.NodeRadius, drawing.Width - EcomapLayout.NodeRadius));
        Assert.All(drawing.Nodes, n => Assert.InRange(n.At.Y, EcomapLayout.NodeRadius, drawing.Height - EcomapLayout.NodeRadius));
    }

    [Fact]
    public void A_long_label_is_shortened_for_the_drawing()
    {
        var label = EcomapLayout.Shorten("Centar za socijalni rad grada Niša, odeljenje za decu");

        Assert.True(label.Length <= EcomapLayout.LabelMaxLength);
        Assert.EndsWith("…", label);
        Assert.Equal("PU Niš", EcomapLayout.Shorten("PU Niš"));
    }
}
