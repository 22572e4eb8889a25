namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>What is in the database now, shown beside the user's input after a concurrency conflict.</summary>
public sealed record SavedValue(string LabelLatin, string LabelCyrillic, string LabelEnglish, int SortOrder);
