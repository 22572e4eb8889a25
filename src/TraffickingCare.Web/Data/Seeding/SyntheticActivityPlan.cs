using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Activity;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Five years of the Centre's activity beyond casework, so that the activity figures and the sector table have earlier
/// years to compare with: twenty to thirty trainings a year (about a third accredited) counted by sector and sex, the
/// World Day and the EU Day every year with a few tribunes, campaigns and media appearances, and sixteen local teams
/// (thirteen active) with their member institutions from the demo directory, two to four meetings a year and the
/// Centre's support. Every name is synthetic. Relative to the generator's clock, deterministic, one save; nothing when
/// trainings exist already.
/// </summary>
internal static class SyntheticActivityPlan
{
    private static readonly string[] Topics =
    [
        "Prepoznavanje žrtava trgovine ljudima", "Identifikacija dece žrtava", "Radna eksploatacija i inspekcija rada",
        "Indikatori trgovine ljudima u zdravstvu", "Upućivanje Centru i brzi odgovor", "Podrška žrtvama u krivičnom postupku",
        "Trgovina ljudima na internetu", "Rad sa migrantima i izbeglicama",
    ];

    private static readonly string[] Sectors = ["Judiciary", "Police", "SocialProtection", "Health", "Education", "NGO", "LabourInspection", "Other"];

    private static readonly string[] Places =
        ["RS-BEOGRAD", "RS-NOVI-SAD", "RS-NIS", "RS-KRAGUJEVAC", "RS-KRALJEVO", "RS-SUBOTICA", "RS-VRANJE", "RS-SMEDEREVO", "RS-CACAK", "RS-NOVI-PAZAR"];

    private static readonly string[] TeamPlaces =
    [
        "RS-NIS", "RS-NOVI-SAD", "RS-SREMSKA-MITROVICA", "RS-KRALJEVO", "RS-KRAGUJEVAC", "RS-VRANJE", "RS-SUBOTICA", "RS-SMEDEREVO",
        "RS-LESKOVAC", "RS-PANCEVO", "RS-ZRENJANIN", "RS-SABAC", "RS-CACAK", "RS-PIROT", "RS-NOVI-PAZAR", "RS-UZICE",
    ];

    private static readonly string[] Trainers = ["Predavač Demić (demo)", "Predavačica Uzorić (demo)", "Predavač Testić (demo)"];

    private static readonly string[] Coordinators = ["Koordinatorka Primerović (demo)", "Koordinator Ogledić (demo)", "Koordinatorka Zamislić (demo)"];

    public static async Task AddAsync(AppDbContext db, IReadOnlyList<string> staff, DateTime now, CancellationToken ct)
    {
        if (staff.Count == 0 || await db.Trainings.AnyAsync(ct))
        {
            return;
        }

        var random = new Random(1300);
        var today = DateOnly.FromDateTime(CentreClock.ToLocal(now));
        var partners = (await DemoPartners.LoadBySectorAsync(db, ct)).Values.SelectMany(p => p).ToList();
        for (var year = today.Year - 4; year <= today.Year; year++)
        {
            foreach (var day in Days(year, random.Next(20, 31), today, random))
            {
                db.Trainings.Add(Training(day, staff, random, today, now));
            }

            AddEvents(db, year, today, partners, random, now);
        }

        for (var n = 0; n < TeamPlaces.Length; n++)
        {
            db.LocalTeams.Add(Team(TeamPlaces[n], n, partners, staff, today, random, now));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static Training Training(DateOnly day, IReadOnlyList<string> staff, Random random, DateOnly today, DateTime now)
    {
        var accredited = random.Next(3) == 0;
        var sectors = Sectors.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToDictionary(s => s, _ => random.Next(3, 21));
        var total = sectors.Values.Sum();
        var notStated = random.Next(4) == 0 ? 1 : 0;
        var women = random.Next(total / 3, total - notStated + 1);
        var trainers = new List<Trainer> { Trainer.Staff(staff[random.Next(staff.Count)]) };
        if (random.Next(3) == 0)
        {
            trainers.Add(Trainer.External(Trainers[random.Next(Trainers.Length)], "Pravosudna akademija (demo)"));
        }

        var details = new TrainingDetails(
            day, random.Next(4) == 0 ? 16 : random.Next(3, 9), Topics[random.Next(Topics.Length)], accredited,
            accredited ? $"A-{day.Year}-{random.Next(1, 400):000}" : null, Places[random.Next(Places.Length)], "Centar za zaštitu žrtava trgovine ljudima");
        return Domain.Activity.Training.Record(details, new Headcount(sectors, women, total - women - notStated, notStated), trainers, today, null, now);
    }

    private static void AddEvents(AppDbContext db, int year, DateOnly today, IReadOnlyList<DemoPartner> partners, Random random, DateTime now)
    {
        var days = new List<(DateOnly Day, AwarenessEventKind Kind, string Title)>
        {
            (new DateOnly(year, 7, 30), AwarenessEventKind.WorldDay, "Svetski dan borbe protiv trgovine ljudima"),
            (new DateOnly(year, 10, 18), AwarenessEventKind.EuDay, "Evropski dan borbe protiv trgovine ljudima"),
        };
        var others = new[] { AwarenessEventKind.Tribune, AwarenessEventKind.Campaign, AwarenessEventKind.MediaAppearance, AwarenessEventKind.ConferencePresentation };
        days.AddRange(Days(year, random.Next(3, 7), today, random).Select(d => (d, others[random.Next(others.Length)], "Tribina o bezbednom zapošljavanju u inostranstvu")));
        foreach (var (day, kind, title) in days.Where(d => d.Day <= today))
        {
            var with = partners.Count == 0 ? [] : Enumerable.Range(0, random.Next(0, 4)).Select(_ => partners[random.Next(partners.Count)].Id).Distinct().ToList();
            db.AwarenessEvents.Add(AwarenessEvent.Record(
                new AwarenessEventDetails(day, kind, title, Places[random.Next(Places.Length)], "Učenici srednjih škola i stručna javnost", random.Next(40, 3000), with),
                today, null, now));
        }
    }

    private static LocalTeam Team(string municipality, int n, IReadOnlyList<DemoPartner> partners, IReadOnlyList<string> staff, DateOnly today, Random random, DateTime now)
    {
        var members = partners.Where(p => p.MunicipalityCode == municipality).Select(p => p.Id).Take(7).ToList();
        var status = n switch { 13 or 14 => LocalTeamStatus.BeingReestablished, 15 => LocalTeamStatus.Inactive, _ => LocalTeamStatus.Active };
        var coordinator = members.Count > 0 ? Coordinators[n % Coordinators.Length] : null;
        var team = LocalTeam.Form(new LocalTeamDetails(municipality, status, members, coordinator, coordinator is null ? null : members[0]), null, now);
        for (var year = today.Year - 4; year <= today.Year; year++)
        {
            var meetings = status == LocalTeamStatus.Active ? random.Next(2, 5) : random.Next(0, 2);
            foreach (var day in Days(year, meetings, today, random))
            {
                team.RecordMeeting(day, random.Next(6, 19), "Razmena informacija o upućenim slučajevima; plan obeležavanja Evropskog dana.", today);
            }

            foreach (var day in Days(year, random.Next(0, 3), today, random))
            {
                team.RecordSupport(day, (LocalTeamSupportKind)random.Next(3), "Savetovanje o postupku upućivanja.", staff[random.Next(staff.Count)], today);
            }
        }

        return team;
    }

    /// <summary>Distinct days of a year up to today, in order.</summary>
    private static IEnumerable<DateOnly> Days(int year, int count, DateOnly today, Random random)
    {
        var last = year == today.Year ? today.DayOfYear : DateTime.IsLeapYear(year) ? 366 : 365;
        return Enumerable.Range(0, count).Select(_ => new DateOnly(year, 1, 1).AddDays(random.Next(last))).Distinct().Order();
    }
}
