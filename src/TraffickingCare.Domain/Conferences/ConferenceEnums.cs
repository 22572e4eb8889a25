namespace TraffickingCare.Domain.Conferences;

/// <summary>Where a case conference sits in its life: planned, held and closed (the minutes locked), or called off.</summary>
public enum ConferenceStatus
{
    Scheduled,
    Closed,
    Cancelled,
}

/// <summary>
/// Where the conference meets: at a named institution of the partner directory, or remotely. Never an address typed
/// in: the shelter's address must never appear in minutes that go to partners.
/// </summary>
public enum ConferencePlace
{
    Institution,
    Remote,
}

/// <summary>Who a participant is: a staff member of the Centre, someone from a partner institution, or another person.</summary>
public enum ParticipantKind
{
    Staff,
    Partner,
    Other,
}

/// <summary>Whether a participant came; recorded for everyone before the conference is closed.</summary>
public enum Attendance
{
    NotRecorded,
    Present,
    Absent,
    Excused,
}

/// <summary>Where an action item stands. Open items are carried to the next conference on the case.</summary>
public enum ActionItemStatus
{
    Open,
    Done,
    Dropped,
}
