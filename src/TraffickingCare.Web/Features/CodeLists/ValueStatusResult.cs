namespace TraffickingCare.Web.Features.CodeLists;

public sealed record ValueStatusResult(string List, SaveOutcome Outcome);
