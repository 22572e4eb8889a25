using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Features.Shared.Lookups;

/// <summary>
/// The people and institutions a case's entry may name (a service's giver, a visit's participants): the staff who may
/// see the case and those already named on its entries, then the partner directory (a large one searched by name);
/// and the checks that posted values are among them (a tampered value is refused).
/// </summary>
/// <remarks>
/// Only the case's own staff are offered: the whole staff list made every case page carry every caseworker (thousands
/// of options in a national deployment, most of the page's SQL and its size), and a colleague off the team could not
/// open the case they were named on. A colleague who has left the team, or the Centre, stays offered on the case they
/// worked on.
/// </remarks>
public sealed class StaffOrPartnerOptionsQuery(AppDbContext db, CaseStaffQuery caseStaff)
{
    /// <summary>The refusal of a staff member the case does not offer (off its team and named on none of its entries).</summary>
    public const string OffCaseKey = "Support.Errors.StaffOffCase";

    private static readonly string[] StaffRoles = [Roles.Caseworker, Roles.Coordinator];

    /// <summary>Up to this many partners in the directory a form lists them all; beyond it, it finds them by name.</summary>
    public const int ListedUpTo = 50;

    /// <summary>How many partners a search offers at most (the first, by name).</summary>
    public const int FoundAtMost = 20;

    /// <param name="recorded">The staff already named on the case's entries of the form's kind.</param>
    /// <param name="partnerFind">What was typed to find a partner (a large directory is searched, not listed).</param>
    /// <param name="keep">The form's chosen values: a partner among them stays offered when a search leaves it out.</param>
    /// <remarks>
    /// A directory of up to <see cref="ListedUpTo"/> partners is offered whole. A larger one offers the case's own
    /// partners (<see cref="OfCase"/>) and the chosen ones, then the first <see cref="FoundAtMost"/> found by the
    /// directory's own rule (<see cref="PartnerNames"/>: every word typed, in either script, with or without diacritics): every partner of a national directory on every case page was a quarter of what a case
    /// view allocated (330 partners in the seeded million), and a form of hundreds of choices that nobody could scan.
    /// </remarks>
    public async Task<StaffOrPartnerOptions> ForCaseAsync(
        Guid caseId, IQueryable<string> recorded, CancellationToken ct, string? partnerFind = null, IEnumerable<string?>? keep = null)
    {
        var staff = await caseStaff.OfOrRecorded(caseId, recorded)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        IReadOnlyList<CodeListOption> staffOptions = [.. staff.Select(u => new CodeListOption(StaffOrPartnerValue.OfUser(u.Id), u.DisplayName))];

        var listed = await Listed.For(db)(db, ListedUpTo + 1).ToListAsync(ct);
        if (listed.Count <= ListedUpTo)
        {
            return new(staffOptions, listed);
        }

        var kept = (keep ?? []).Select(v => StaffOrPartnerValue.TryParse(v, out var who) ? who.PartnerId : null).OfType<Guid>().Distinct().ToList();
        var ofCase = await OfCase.For(db)(db, caseId, kept).ToListAsync(ct);
        var typed = partnerFind?.Trim();
        var words = NameKeys.Words(typed);
        List<CodeListOption> found = words.Count == 0 ? [] : await Options(db.Partners.AsNoTracking().Where(p => p.MergedIntoId == null).Named(words)).Take(FoundAtMost).ToListAsync(ct);

        return new(staffOptions, [.. ofCase, .. found.Where(f => ofCase.All(o => o.Code != f.Code))])
        {
            Search = new PartnerSearch(string.IsNullOrEmpty(typed) ? null : typed, found.Count),
        };
    }

    // Compiled, as the service and visit forms ask for both each time they are shown: the first of the directory by name (all
    // of a small one), and the partners who work or worked on the case (its support network's, and those named on its
    // services and field visits, each read from its case's index) with the form's chosen ones.
    private static readonly CompiledPerModel<Func<AppDbContext, int, IAsyncEnumerable<CodeListOption>>> Listed = new(() =>
        EF.CompileAsyncQuery<AppDbContext, int, CodeListOption>((db, atMost) =>
            db.Partners.AsNoTracking().Where(p => p.MergedIntoId == null)
                .OrderBy(p => p.Name).Select(p => new CodeListOption(StaffOrPartnerValue.OfPartner(p.Id), p.Name)).Take(atMost)));

    private static readonly CompiledPerModel<Func<AppDbContext, Guid, List<Guid>, IAsyncEnumerable<CodeListOption>>> OfCase = new(() =>
        EF.CompileAsyncQuery<AppDbContext, Guid, List<Guid>, CodeListOption>((db, caseId, kept) =>
            db.Partners.AsNoTracking()
                .Where(p => p.MergedIntoId == null && (
                    db.NetworkActors.Where(a => a.CaseId == caseId && a.PartnerId != null).Select(a => a.PartnerId!.Value)
                        .Concat(db.CaseServices.Where(s => s.CaseId == caseId && s.GivenByPartnerId != null).Select(s => s.GivenByPartnerId!.Value))
                        .Concat(db.FieldVisits.Where(v => v.CaseId == caseId).SelectMany(v => v.Participants).Where(x => x.PartnerId != null).Select(x => x.PartnerId!.Value))
                        .Contains(p.Id)
                    || kept.Contains(p.Id)))
                .OrderBy(p => p.Name).Select(p => new CodeListOption(StaffOrPartnerValue.OfPartner(p.Id), p.Name))));

    /// <summary>Whether every staff member among the posted values is offered on the case (<see cref="ForCaseAsync"/>); partners are <see cref="AllOfferedAsync"/>'s.</summary>
    public Task<bool> StaffOfferedForCaseAsync(Guid caseId, IQueryable<string> recorded, IEnumerable<string?> values, CancellationToken ct) =>
        caseStaff.AllAsync(caseId, values.Select(v => StaffOrPartnerValue.TryParse(v, out var who) ? who.UserId : null).OfType<string>(), ct, recorded);

    /// <summary>
    /// Whether every posted value names a member of staff or a partner offered now; unreadable values are not. A disabled
    /// account passes here: whether a case's entry may name them is the case's rule (<see cref="StaffOfferedForCaseAsync"/>
    /// keeps those already named on the case; a conference's handler wants enabled staff), checked by the handler.
    /// </summary>
    public async Task<bool> AllOfferedAsync(IEnumerable<string?> values, CancellationToken ct)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        var partners = new HashSet<Guid>();
        foreach (var value in values)
        {
            if (!StaffOrPartnerValue.TryParse(value, out var who))
            {
                return false;
            }

            if (who.UserId is { } userId)
            {
                users.Add(userId);
            }
            else
            {
                partners.Add(who.PartnerId!.Value);
            }
        }

        var userList = users.ToList();
        var partnerList = partners.ToList();
        return (userList.Count == 0 || await Staff().CountAsync(u => userList.Contains(u.Id), ct) == userList.Count)
            && (partnerList.Count == 0 || await db.Partners.CountAsync(p => partnerList.Contains(p.Id) && p.MergedIntoId == null, ct) == partnerList.Count);
    }

    /// <summary>Partners as options (value: <see cref="StaffOrPartnerValue.OfPartner"/>; label: the name), by name.</summary>
    private static IQueryable<CodeListOption> Options(IQueryable<Domain.Partners.Partner> partners) =>
        partners.OrderBy(p => p.Name).Select(p => new CodeListOption(StaffOrPartnerValue.OfPartner(p.Id), p.Name));

    private IQueryable<AppUser> Staff() =>
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!))));
}
