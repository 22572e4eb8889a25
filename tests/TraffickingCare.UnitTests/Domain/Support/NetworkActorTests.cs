using TraffickingCare.Domain.Common;
using TraffickingCare.Domain.Partners;
using TraffickingCare.Domain.Support;

namespace TraffickingCare.UnitTests.Domain.Support;

public sealed class NetworkActorTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);
    private static readonly Guid CaseId = Guid.NewGuid();
    private static readonly Guid PartnerId = Guid.NewGuid();

    [Fact]
    public void An_institution_is_added_with_its_sector_and_role()
    {
        var actor = NetworkActor.Add(CaseId, PartnerId, null, Sector.Education, "Schooling", Today.AddDays(-3), Today);

        Assert.Equal(Sector.Education, actor.Sector);
        Assert.Equal("Schooling", actor.RoleCode);
        Assert.Equal(Today.AddDays(-3), actor.LastContactOn);
        Assert.True(actor.IsActive);
    }

    [Fact]
    public void Only_a_family_member_stands_without_an_institution()
    {
        var mother = NetworkActor.Add(CaseId, null, null, Sector.Family, "Parent", null, Today);

        Assert.Null(mother.PartnerId);
        Assert.Equal("Network.Errors.PartnerRequired",
            Assert.Throws<DomainException>(() => NetworkActor.Add(CaseId, null, null, Sector.Health, "HealthCare", null, Today)).ResourceKey);
    }

    [Fact]
    public void A_contact_person_needs_the_institution()
    {
        Assert.Equal("Network.Errors.ContactWithoutPartner",
            Assert.Throws<DomainException>(() => NetworkActor.Add(CaseId, null, Guid.NewGuid(), Sector.Family, "Parent", null, Today)).ResourceKey);
    }

    [Fact]
    public void A_contact_in_the_future_is_refused()
    {
        Assert.Throws<DomainException>(() => NetworkActor.Add(CaseId, PartnerId, null, Sector.Health, "HealthCare", Today.AddDays(1), Today));
        var actor = NetworkActor.Add(CaseId, PartnerId, null, Sector.Health, "HealthCare", null, Today);
        Assert.Throws<DomainException>(() => actor.RecordContact(Today.AddDays(1), Today));
    }

    [Fact]
    public void A_contact_recorded_by_hand_never_moves_the_last_contact_back()
    {
        var actor = NetworkActor.Add(CaseId, PartnerId, null, Sector.Health, "HealthCare", Today.AddDays(-2), Today);

        actor.RecordContact(Today.AddDays(-10), Today);
        Assert.Equal(Today.AddDays(-2), actor.LastContactOn);

        actor.RecordContact(Today, Today);
        Assert.Equal(Today, actor.LastContactOn);
    }

    [Fact]
    public void An_ended_actor_stays_on_record_with_its_date_and_ends_only_once()
    {
        var actor = NetworkActor.Add(CaseId, PartnerId, null, Sector.Police, "Protection", null, Today);

        actor.End(Today.AddDays(-1), Today);

        Assert.False(actor.IsActive);
        Assert.Equal(Today.AddDays(-1), actor.EndedOn);
        Assert.Equal("Network.Errors.AlreadyEnded", Assert.Throws<DomainException>(() => actor.End(Today, Today)).ResourceKey);
    }

    [Fact]
    public void An_actor_cannot_end_in_the_future()
    {
        var actor = NetworkActor.Add(CaseId, PartnerId, null, Sector.Police, "Protection", null, Today);

        Assert.Throws<DomainException>(() => actor.End(Today.AddDays(1), Today));
        Assert.True(actor.IsActive);
    }
}
