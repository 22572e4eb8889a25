using TraffickingCare.Domain.Conferences;

namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>
/// What the run page posts, by the Save button and by its draft alike: attendance per participant, notes per agenda
/// item (both by id), conclusions and decisions, and the version the page was rendered with (the draft keeps it current).
/// </summary>
public sealed class ConferenceRunForm
{
    public int Version { get; set; }

    public List<ConferenceAttendanceInput> Participants { get; set; } = [];

    public List<ConferenceNotesInput> Notes { get; set; } = [];

    public string? Conclusions { get; set; }

    public string? Decisions { get; set; }

    public static ConferenceRunForm Of(ConferencePage page) => new()
    {
        Version = page.Version,
        Participants = [.. page.Participants.Select(p => new ConferenceAttendanceInput { Id = p.Id, Attendance = p.Attendance == Attendance.NotRecorded ? null : p.Attendance })],
        Notes = [.. page.Agenda.Select(a => new ConferenceNotesInput { Id = a.Id, Text = a.Notes })],
        Conclusions = page.Conclusions,
        Decisions = page.Decisions,
    };

    /// <summary>What was typed, in the order the page lists participants and agenda items (shown again when refused).</summary>
    public ConferenceRunForm AlignedTo(ConferencePage page) => new()
    {
        Version = Version,
        Participants = [.. page.Participants.Select(p => new ConferenceAttendanceInput { Id = p.Id, Attendance = Participants.LastOrDefault(x => x.Id == p.Id)?.Attendance })],
        Notes = [.. page.Agenda.Select(a => new ConferenceNotesInput { Id = a.Id, Text = Notes.LastOrDefault(x => x.Id == a.Id)?.Text })],
        Conclusions = Conclusions,
        Decisions = Decisions,
    };

    /// <summary>
    /// What was typed that the saved minutes do not hold, each text under its agenda item's title or its heading; null
    /// when nothing. The texts a refused save would otherwise drop, once the minutes are locked (attendance aside).
    /// </summary>
    public string? NotIn(ConferencePage page, string conclusionsHeading, string decisionsHeading)
    {
        var typed = AlignedTo(page);
        List<(string? Heading, string? Saved, string? Typed)> all =
        [
            .. page.Agenda.Zip(typed.Notes, (item, notes) => (item.Title, item.Notes, notes.Text)),
            (conclusionsHeading, page.Conclusions, Conclusions),
            (decisionsHeading, page.Decisions, Decisions),
        ];
        var texts = all
            .Where(t => !string.IsNullOrWhiteSpace(t.Typed) && t.Typed.Trim() != (t.Saved ?? string.Empty).Trim())
            .Select(t => $"{t.Heading}:\n{t.Typed!.Trim()}")
            .ToList();
        return texts.Count == 0 ? null : string.Join("\n\n", texts);
    }

    public ConferenceRecord ToRecord() => new(
        Participants.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.Last().Attendance ?? Attendance.NotRecorded),
        Notes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last().Text),
        Conclusions,
        Decisions);
}
