namespace TraffickingCare.Web.Features.Conferences.ConferenceRun;

/// <summary>What <c>_ParticipantAttendance</c> shows beside the attendance it edits: who the participant is.</summary>
public sealed record ParticipantAttendanceField(ConferencePageParticipant Participant);
