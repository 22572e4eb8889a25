using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// Synthetic partner directory for the Development demo and the <c>seed</c> command: in every municipality of the
/// code list a centre for social work, a police unit, a health centre, a school, a court, the employment office and
/// the local administration; a few fictional NGOs, international organisations, family and other entries. Contact
/// people have made-up names, phones and <c>.invalid</c> addresses. Deterministic and idempotent: an entry whose name
/// is already in the directory is not added again. Other demo plans pick partners with <see cref="LoadBySectorAsync"/>.
/// </summary>
public static class DemoPartners
{
    private static readonly string[] Schools = ["Vuk Karadžić", "Dositej Obradović", "Sveti Sava", "Desanka Maksimović", "Branko Radičević", "Jovan Jovanović Zmaj", "Svetozar Marković", "Petar Petrović Njegoš"];
    private static readonly string[] Streets = ["Glavna", "Cara Dušana", "Kralja Petra I", "Vojvode Mišića", "Svetog Save", "Njegoševa", "Karađorđeva", "Nemanjina"];
    private static readonly string[] FirstNames = ["Milica", "Jelena", "Marko", "Nikola", "Ana", "Dragana", "Stefan", "Ivana", "Miloš", "Snežana", "Vladimir", "Tamara"];
    private static readonly string[] Surnames = ["Demić", "Primerović", "Uzorić", "Probić", "Ogledić", "Testić", "Zamislić", "Izmišljić"];

    private static readonly (string Name, string Municipality)[] Ngos =
    [
        ("Udruženje „Sigurna luka”", "RS-BEOGRAD"), ("Mreža „Novi korak”", "RS-NOVI-SAD"), ("Centar „Svetionik”", "RS-NIS"),
        ("Udruženje „Most nade”", "RS-KRAGUJEVAC"), ("Inicijativa „Otvorena vrata”", "RS-SUBOTICA"), ("Udruženje „Zajedno napred”", "RS-NOVI-PAZAR"),
    ];

    private static readonly string[] Internationals = ["Kancelarija međunarodne organizacije za migracije (demo)", "Kancelarija agencije za izbeglice (demo)", "Kancelarija fonda za decu (demo)"];

    /// <summary>Adds the demo entries the directory lacks; returns how many were added.</summary>
    public static async Task<int> SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var municipalities = await db.CodeListItems.AsNoTracking().Where(c => c.List == "Municipality")
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).Select(c => new { c.Code, c.LabelLatin }).ToListAsync(ct);
        var existing = (await db.Partners.IgnoreQueryFilters().Select(p => p.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var entries = new List<(string Name, Sector Sector, string? Municipality)>();
        for (var i = 0; i < municipalities.Count; i++)
        {
            var (code, name) = (municipalities[i].Code, municipalities[i].LabelLatin);
            var seat = i < 27;
            entries.Add(($"Centar za socijalni rad {name}", Sector.SocialProtection, code));
            entries.Add(($"{(seat ? "Policijska uprava" : "Policijska stanica")} {name}", Sector.Police, code));
            entries.Add(($"Dom zdravlja {name}", Sector.Health, code));
            entries.Add(($"OŠ „{Schools[i % Schools.Length]}” {name}", Sector.Education, code));
            entries.Add(($"Osnovni sud {name}", Sector.Justice, code));
            entries.Add(($"Nacionalna služba za zapošljavanje – filijala {name}", Sector.Employment, code));
            entries.Add(($"{(seat ? "Gradska uprava" : "Opštinska uprava")} {name}", Sector.LocalSelfGovernment, code));
            if (i < 10)
            {
                entries.Add(($"Srodnička porodica (demo) {name}", Sector.Family, code));
                entries.Add(($"Crveni krst {name}", Sector.Other, code));
            }
        }

        entries.AddRange(Ngos.Select(n => (n.Name, Sector.Ngo, (string?)n.Municipality)));
        entries.AddRange(Internationals.Select(n => (n, Sector.InternationalOrganisation, (string?)"RS-BEOGRAD")));

        var random = new Random(2026);
        var added = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            // Every value is drawn whether or not the entry is added, so a rerun makes the same directory.
            var (name, sector, municipality) = entries[i];
            var street = $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 120)}";
            var phone = $"+381 60 000 {i:0000}";
            var contacts = Enumerable.Range(0, i % 3 == 0 ? 2 : 1)
                .Select(_ => ($"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}", random.Next(1000)))
                .ToList();
            if (!existing.Add(name))
            {
                continue;
            }

            var partner = Partner.Create(name, sector, municipality).Reach(street, phone, $"partner{i}@demo.invalid");
            foreach (var (contactName, number) in contacts)
            {
                partner.AddContact(contactName, Function(sector), $"+381 64 000 {number:0000}", $"kontakt{i}.{number}@demo.invalid");
            }

            db.Partners.Add(partner);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>The live entries by sector, with their live contact people: for demo plans that point records at partners.</summary>
    public static async Task<IReadOnlyDictionary<Sector, IReadOnlyList<DemoPartner>>> LoadBySectorAsync(AppDbContext db, CancellationToken ct)
    {
        var partners = await db.Partners.AsNoTracking()
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Sector, p.MunicipalityCode, Contacts = p.Contacts.OrderBy(c => c.Id).Select(c => c.Id).ToList() })
            .ToListAsync(ct);
        return partners.GroupBy(p => p.Sector).ToDictionary(
            g => g.Key,
            IReadOnlyList<DemoPartner> (g) => [.. g.Select(p => new DemoPartner(p.Id, p.Sector, p.MunicipalityCode, p.Contacts))]);
    }

    private static string Function(Sector sector) => sector switch
    {
        Sector.SocialProtection => "voditeljka slučaja",
        Sector.Police => "inspektor",
        Sector.Health => "lekar opšte prakse",
        Sector.Education => "pedagog",
        Sector.Justice => "sudijski pomoćnik",
        Sector.Employment => "savetnik za zapošljavanje",
        Sector.LocalSelfGovernment => "koordinator za socijalna pitanja",
        Sector.Ngo => "koordinatorka programa",
        Sector.InternationalOrganisation => "službenik programa",
        _ => "kontakt osoba",
    };
}
