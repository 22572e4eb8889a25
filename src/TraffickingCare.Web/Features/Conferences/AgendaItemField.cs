namespace TraffickingCare.Web.Features.Conferences;

/// <summary>What <c>_AgendaItem</c> shows beside the item it edits: the item's number, counted from one.</summary>
public sealed record AgendaItemField(int Number);
