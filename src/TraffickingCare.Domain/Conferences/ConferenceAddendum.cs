using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Conferences;

/// <summary>A correction to locked minutes: dated and signed by its author, added below them, never an edit of them.</summary>
public sealed class ConferenceAddendum : Entity, IPartOf<CaseConference>
{
    public const int TextMaxLength = 4000;

    private ConferenceAddendum()
    {
        Text = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid ConferenceId { get; private set; }

    public string Text { get; private set; }

    public string AuthorId { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    Guid IPartOf<CaseConference>.RootId => ConferenceId;

    internal static ConferenceAddendum Of(Guid conferenceId, string text, string authorId, DateTime utcNow) => new()
    {
        ConferenceId = conferenceId,
        Text = Guard.Text(text, TextMaxLength, "Conferences.Errors.Addendum"),
        AuthorId = authorId,
        WrittenAtUtc = utcNow,
    };
}
