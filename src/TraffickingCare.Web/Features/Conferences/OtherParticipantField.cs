namespace TraffickingCare.Web.Features.Conferences;

/// <summary>What <c>_OtherParticipant</c> shows beside the person it edits: the row's number, counted from one.</summary>
public sealed record OtherParticipantField(int Number);
