using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Cases;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.PersonSearch;
using TraffickingCare.Web.Features.Shared.Access;

namespace TraffickingCare.IntegrationTests.Infrastructure;

/// <summary>
/// A case as the app would hold it: led by the demo caseworker "radnik" unless told otherwise, under the
/// next free code of the Centre's year (as triage numbers it) unless <see cref="Coded"/> names one. Await it to save.
/// </summary>
public sealed class CaseArrangement(Arrange arrange)
{
    private readonly List<string> team = [];
    private readonly List<Action<CaseFile, DateTime>> changes = [];
    private string lead = "radnik";
    private CaseCode? code;
    private DateTime? openedAtUtc;
    private PersonIdentityDetails? person;
    private Guid? referralId;

    public CaseArrangement LedBy(string userName) => Set(() => lead = userName);

    public CaseArrangement WithTeam(params string[] userNames) => Set(() => team.AddRange(userNames));

    public CaseArrangement Coded(int year, int sequence) => Set(() => code = CaseCode.For(year, sequence));

    public CaseArrangement OpenedAt(DateTime utc) => Set(() => openedAtUtc = utc);

    public CaseArrangement Restricted() => With((file, _) => file.Restrict());

    public CaseArrangement PresumedVictim(DateOnly since) => With((file, _) => file.MoveTo(CaseStatus.PresumedVictim, since));

    /// <summary>Opened from a referral, as triage does: the procedure's clock starts when the referral arrived.</summary>
    public CaseArrangement FromReferral(Guid id) => Set(() => referralId = id);

    /// <summary>The person's identity, encrypted and in the blind search index, as triage records it.</summary>
    public CaseArrangement OfPerson(PersonIdentityDetails details) => Set(() => person = details);

    /// <summary>Anything else the domain lets a case go through before it is saved (a note, a closure...), at the app's now.</summary>
    public CaseArrangement With(Action<CaseFile, DateTime> change) => Set(() => changes.Add(change));

    public TaskAwaiter<CaseFile> GetAwaiter() => SaveAsync().GetAwaiter();

    private async Task<CaseFile> SaveAsync()
    {
        _ = arrange.Factory.Server;
        await using var scope = arrange.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var numbering = scope.ServiceProvider.GetRequiredService<CaseNumbering>();
        var users = await db.Users.Where(u => u.UserName == lead || team.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id);
        Guid? identityId = null;
        if (person is not null)
        {
            var identity = PersonIdentity.Record(person);
            db.PersonIdentities.Add(identity);
            await scope.ServiceProvider.GetRequiredService<PersonSearchIndex>().IndexAsync(identity, CancellationToken.None);
            identityId = identity.Id;
        }

        var now = arrange.Now;
        var received = referralId is null ? null : await db.Referrals.Where(r => r.Id == referralId).Select(r => (DateTime?)r.ReceivedAtUtc).SingleAsync();
        var file = CaseFile.Open(code ?? await numbering.NextCodeAsync(numbering.CurrentYear(), CancellationToken.None), users[lead], openedAtUtc ?? now,
            referralId, identityId, procedureStartedAtUtc: received);
        foreach (var member in team)
        {
            file.AddToTeam(users[member]);
        }

        foreach (var change in changes)
        {
            change(file, now);
        }

        db.Cases.Add(file);
        await numbering.SaveNewAsync(file, CancellationToken.None);
        return file;
    }

    private CaseArrangement Set(Action change)
    {
        change();
        return this;
    }
}
