namespace TraffickingCare.Web.Features.CodeLists;

public enum SaveOutcome
{
    Saved,
    NotFound,

    /// <summary>Someone saved the record after the user loaded it; nothing was written.</summary>
    Conflict,
}
