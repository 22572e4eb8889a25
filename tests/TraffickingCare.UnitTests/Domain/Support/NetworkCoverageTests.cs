using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.UnitTests.Domain.Support;

public sealed class NetworkCoverageTests
{
    [Fact]
    public void An_empty_network_misses_every_sector_a_network_should_reach()
    {
        Assert.Equal(Sectors.OfNetwork, NetworkCoverage.Missing([]));
    }

    [Fact]
    public void A_sector_with_an_actor_is_no_longer_missing()
    {
        var missing = NetworkCoverage.Missing([Sector.SocialProtection, Sector.Education, Sector.Education]);

        Assert.DoesNotContain(Sector.SocialProtection, missing);
        Assert.DoesNotContain(Sector.Education, missing);
        Assert.Contains(Sector.Health, missing);
        Assert.Contains(Sector.Justice, missing);
        Assert.Equal(Sectors.OfNetwork.Count - 2, missing.Count);
    }

    [Fact]
    public void A_sector_outside_the_expected_ones_is_never_missing_but_is_drawn_when_present()
    {
        Assert.DoesNotContain(Sector.InternationalOrganisation, NetworkCoverage.Missing([]));
        Assert.DoesNotContain(Sector.InternationalOrganisation, NetworkCoverage.Drawn([]));

        var drawn = NetworkCoverage.Drawn([Sector.InternationalOrganisation, Sector.Health]);

        Assert.Equal([.. Sectors.OfNetwork, Sector.InternationalOrganisation], drawn);
    }
}
