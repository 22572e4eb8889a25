using System.Globalization;
using Microsoft.Extensions.Localization;
using TraffickingCare.Domain.Conferences;
using TraffickingCare.Web.Infrastructure.Time;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Features.Conferences.Minutes;

/// <summary>
/// The minutes of a case conference as a PDF in the user's language: the case by its code only, when and where, the
/// chair, the participants with institution and role (an outside participant's name only with their consent), the
/// agenda with its notes, conclusions, decisions, the action items, the addenda and the lines to sign. A conference not
/// yet closed prints as a draft.
/// </summary>
public static class MinutesDocument
{
    public static PdfDocumentModel Compose(PrintableMinutes minutes, IStringLocalizer<SharedResource> l)
    {
        var title = minutes.Status == ConferenceStatus.Closed ? l["Conferences.Minutes.Title"].Value : l["Conferences.Minutes.DraftTitle"].Value;
        var starts = CentreClock.ToLocal(minutes.StartsAtUtc);
        var ends = starts.AddMinutes(minutes.DurationMinutes);
        List<(string, string)> head =
        [
            (l["Cases.List.Code"], minutes.CaseCode),
            (l["Conferences.Minutes.Date"], CentreClock.FormatDate(DateOnly.FromDateTime(starts))),
            (l["Conferences.Minutes.Time"], $"{CentreClock.FormatTime(starts)}–{CentreClock.FormatTime(ends)}"),
            (l["Conferences.Minutes.Place"], minutes.Place == ConferencePlace.Remote ? l["Conferences.Minutes.Remote"] : minutes.PlaceName ?? "–"),
            (l["Conferences.Minutes.Chair"], minutes.ChairName),
        ];
        if (minutes.ClosedAtUtc is { } closed)
        {
            head.Add((l["Conferences.Minutes.ClosedOn"], Date(closed)));
        }

        head.Add((l["Conferences.Minutes.PrintedOn"], CentreClock.FormatDate(minutes.PrintedOn)));
        var document = new PdfDocumentModel(title, minutes.CaseCode).Heading(title).KeyValues([.. head]);

        var participants = new PdfTable()
            .Column(l["Conferences.Minutes.Name"], 1.5f)
            .Column(l["Conferences.Minutes.Institution"], 1.8f)
            .Column(l["Conferences.Minutes.Role"], 1.4f)
            .Column(l["Conferences.Minutes.Attendance"], 1f);
        foreach (var p in minutes.Participants)
        {
            participants.Row(p.Name ?? "–", p.Institution ?? (p.FromCentre ? l["Conferences.Minutes.TheCentre"].Value : string.Empty),
                p.Role ?? string.Empty, l["Conferences.Attendance." + p.Attendance]);
        }

        document.Heading(l["Conferences.Minutes.Participants"], 2).Table(participants);

        document.Heading(l["Conferences.Minutes.Agenda"], 2);
        var number = 0;
        foreach (var item in minutes.Agenda)
        {
            document.Heading(string.Create(CultureInfo.InvariantCulture, $"{++number}. {item.Title}"), 3)
                .Paragraph(string.IsNullOrWhiteSpace(item.Notes) ? l["Conferences.Minutes.NoNotes"] : item.Notes);
        }

        document.Heading(l["Conferences.Minutes.Conclusions"], 2).Paragraph(minutes.Conclusions ?? "–")
            .Heading(l["Conferences.Minutes.Decisions"], 2).Paragraph(minutes.Decisions ?? "–");

        document.Heading(l["Conferences.Minutes.ActionItems"], 2);
        if (minutes.ActionItems.Count == 0)
        {
            document.Paragraph(l["Conferences.Minutes.NoActionItems"]);
        }
        else
        {
            var items = new PdfTable()
                .Column("#", 0.3f, CellAlignment.Right)
                .Column(l["Conferences.Minutes.ActionItem"], 2.8f)
                .Column(l["Conferences.Minutes.Owner"], 1.4f)
                .Column(l["Conferences.Minutes.DueOn"], 0.9f)
                .Column(l["Conferences.Minutes.Status"], 0.9f);
            var row = 0;
            foreach (var item in minutes.ActionItems)
            {
                items.Row(string.Create(CultureInfo.InvariantCulture, $"{++row}."), item.Description, item.Owner, CentreClock.FormatDate(item.DueOn), l["Conferences.ActionStatus." + item.Status]);
            }

            document.Table(items);
        }

        if (minutes.Addenda.Count > 0)
        {
            document.Heading(l["Conferences.Minutes.Addenda"], 2);
            foreach (var addendum in minutes.Addenda)
            {
                document.Paragraph(l["Conferences.Minutes.AddendumBy", Date(addendum.WrittenAtUtc), addendum.AuthorName], bold: true).Paragraph(addendum.Text);
            }
        }

        return document.Spacer(36).Signatures(l["Conferences.Minutes.Chair"], l["Conferences.Minutes.Recorder"]);
    }

    /// <summary>The case code, the document in the user's language and the conference's day: never a name.</summary>
    public static string FileName(PrintableMinutes minutes, IStringLocalizer<SharedResource> l) =>
        $"{minutes.CaseCode}-{l["Files.Minutes"]}-{DateOnly.FromDateTime(CentreClock.ToLocal(minutes.StartsAtUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";

    private static string Date(DateTime utc) => CentreClock.FormatInstantDate(utc);
}
