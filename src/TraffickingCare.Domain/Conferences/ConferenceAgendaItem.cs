using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Conferences;

/// <summary>One item of a conference's agenda, in order, and the notes typed under it during the meeting (encrypted).</summary>
public sealed class ConferenceAgendaItem : Entity, IPartOf<CaseConference>
{
    public const int TitleMaxLength = 200;
    public const int NotesMaxLength = 8000;

    private ConferenceAgendaItem()
    {
        Title = string.Empty;
    }

    public Guid ConferenceId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The item that reviews the open action items of the case's earlier conferences.</summary>
    public bool ReviewsOpenItems { get; private set; }

    Guid IPartOf<CaseConference>.RootId => ConferenceId;

    internal static ConferenceAgendaItem Of(Guid conferenceId, int position, string title, bool reviewsOpenItems) => new()
    {
        ConferenceId = conferenceId,
        Position = position,
        Title = Guard.Text(title, TitleMaxLength, "Conferences.Errors.AgendaItem"),
        ReviewsOpenItems = reviewsOpenItems,
    };

    internal void Rename(int position, string title)
    {
        Position = position;
        Title = Guard.Text(title, TitleMaxLength, "Conferences.Errors.AgendaItem");
    }

    internal void Write(string? notes) => Notes = Guard.OptionalText(notes, NotesMaxLength, "Conferences.Errors.NotesTooLong");
}
