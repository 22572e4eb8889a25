using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.SubjectAccess;

/// <summary>
/// The answer to a person's request for their data, as a readable PDF in the user's language: who they are as the
/// Centre recorded it, their cases, and each part of the work on them (referrals, notes, services, visits, documents,
/// shelter stays, findings, interviews, support network, proceedings, hearings, conferences), oldest first. An empty
/// part says so.
/// </summary>
public static class SubjectRecordDocument
{
    /// <summary>The document in the user's language and the day it was printed: never the person's name.</summary>
    public static string FileName(DateOnly printedOn, IStringLocalizer<SharedResource> l) =>
        $"{l["Files.SubjectRecord"]}-{printedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";

    public static PdfDocumentModel Compose(SubjectRecord record, string reason, IStringLocalizer<SharedResource> l)
    {
        var person = record.Identity;
        string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value;
        static string Utc(DateTime utc) => CentreClock.FormatInstantDate(utc);

        var document = new PdfDocumentModel(l["SubjectAccess.Document.Title"], CentreClock.FormatDate(record.PrintedOn))
            .Heading(l["SubjectAccess.Document.Title"])
            .KeyValues(
                (l["SubjectAccess.Document.PrintedOn"], CentreClock.FormatDate(record.PrintedOn)),
                (l["SubjectAccess.Reason"], reason))
            .Heading(l["SubjectAccess.Document.Identity"], 2)
            .KeyValues(
                (l["People.FirstName"], Text(person.FirstName)),
                (l["People.LastName"], Text(person.LastName)),
                (l["People.Alias"], Text(person.Alias)),
                (l["People.DateOfBirth"], person.DateOfBirth is { } born ? CentreClock.FormatDate(born) : "–"),
                (l["People.PersonalIdNumber"], Text(person.PersonalIdNumber)),
                (l["People.Phone"], Text(person.Phone)),
                (l["People.Address"], Text(person.Address)),
                (l["People.Documents"], Text(person.Documents)));

        Part(document, l["SubjectAccess.Document.Cases"], record.Cases, l, new PdfTable()
            .Column(l["Cases.List.Code"]).Column(l["Cases.List.Status"]).Column(l["Cases.Details.Opened"]).Column(l["SubjectAccess.Document.Closed"]).Column(l["Cases.Details.Lead"], 1.5f),
            (table, c) => table.Row(c.Code, l[c.Status], Utc(c.OpenedAtUtc), c.ClosedAtUtc is { } closed ? Utc(closed) : "–", Text(c.Lead)));
        Part(document, l["SubjectAccess.Document.Referrals"], record.Referrals, l, new PdfTable()
            .Column(l["Cases.List.Code"], 0.8f).Column(l["SubjectAccess.Document.Received"], 0.8f).Column(l["Referrals.Log.Channel"], 0.8f)
            .Column(l["Referrals.Log.ReferrerSector"]).Column(l["SubjectAccess.Document.Status"]).Column(l["Referrals.Log.Circumstances"], 2f),
            (table, r) => table.Row(Text(r.CaseCode), Utc(r.ReceivedAtUtc), r.Channel, Lines(r.Sector, r.Organisation), l[r.Status], Text(r.Circumstances)));
        Entries(document, l["SubjectAccess.Document.Notes"], record.Notes, l, null);
        Entries(document, l["SubjectAccess.Document.Services"], record.Services, l, l["SubjectAccess.Document.Service"]);
        Entries(document, l["SubjectAccess.Document.Visits"], record.Visits, l, l["SubjectAccess.Document.Visit"]);
        Entries(document, l["SubjectAccess.Document.Attachments"], Named(record.Attachments, l), l, l["Attachments.CategoryLabel"]);
        Part(document, l["SubjectAccess.Document.Stays"], record.Stays, l, new PdfTable()
            .Column(l["Cases.List.Code"]).Column(l["Shelter.Admit.On"]).Column(l["Shelter.Exit.On"]).Column(l["Shelter.PhaseChange.Current"]).Column(l["SubjectAccess.Document.Destination"]),
            (table, s) => table.Row(s.CaseCode, CentreClock.FormatDate(s.AdmittedOn), s.ExitedOn is { } exited ? CentreClock.FormatDate(exited) : "–", l[s.Phase], s.ExitDestination is null ? "–" : l[s.ExitDestination]));
        var work = record.Work;
        Entries(document, l["SubjectAccess.Document.Findings"], Named(work.Findings, l), l, l["Identification.Findings.Decision"]);
        Entries(document, l["SubjectAccess.Document.Interviews"], work.Interviews, l, l["Identification.Interviews.Place"]);
        Entries(document, l["SubjectAccess.Document.Network"], work.Network, l, l["SubjectAccess.Document.Role"]);
        Entries(document, l["SubjectAccess.Document.Proceedings"], Named(work.Proceedings, l), l, l["Proceedings.Stage"]);
        Entries(document, l["SubjectAccess.Document.Hearings"], Named(work.Hearings, l), l, l["SubjectAccess.Document.HearingKind"]);
        Entries(document, l["SubjectAccess.Document.Conferences"], Named(work.Conferences, l), l, l["Conferences.StatusLabel"]);
        return document;
    }

    // Entries whose "what" is a resource key (a category, a status, a stage), named in the document's language.
    private static SubjectEntry[] Named(IReadOnlyList<SubjectEntry> entries, IStringLocalizer<SharedResource> l) => [.. entries.Select(e => e with { What = l[e.What] })];

    private static void Entries(PdfDocumentModel document, string heading, IReadOnlyList<SubjectEntry> entries, IStringLocalizer<SharedResource> l, string? what)
    {
        var table = new PdfTable().Column(l["Cases.List.Code"], 0.8f).Column(l["SubjectAccess.Document.On"], 0.8f);
        if (what is not null)
        {
            table.Column(what, 1.2f);
        }

        table.Column(l["SubjectAccess.Document.Text"], 3f);
        Part(document, heading, entries, l, table, (t, e) =>
        {
            if (what is null)
            {
                t.Row(e.CaseCode, CentreClock.FormatDate(e.On), e.Text ?? "–");
            }
            else
            {
                t.Row(e.CaseCode, CentreClock.FormatDate(e.On), e.What, e.Text ?? "–");
            }
        });
    }

    private static void Part<T>(PdfDocumentModel document, string heading, IReadOnlyList<T> rows, IStringLocalizer<SharedResource> l, PdfTable table, Action<PdfTable, T> row)
    {
        document.Heading(heading, 2);
        if (rows.Count == 0)
        {
            document.Paragraph(l["SubjectAccess.Document.Nothing"]);
            return;
        }

        foreach (var item in rows)
        {
            row(table, item);
        }

        document.Table(table);
    }

    private static string Lines(params string?[] parts) => string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
