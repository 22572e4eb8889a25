namespace TraffickingCare.Domain.Support;

/// <summary>
/// The kind of place a field visit went to. Only the kind: no address is ever recorded, so the shelter's
/// address (and the person's) never appears in the file.
/// </summary>
public enum VisitPlace
{
    Home,
    Institution,
    Workplace,
    Other,
}
