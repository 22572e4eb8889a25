namespace TraffickingCare.Web.Features.CodeLists;

/// <summary>Whether a value is offered for new records (active) or only kept for the records that hold it (retired).</summary>
public enum ValueStatus
{
    Active,
    Retired,
}
