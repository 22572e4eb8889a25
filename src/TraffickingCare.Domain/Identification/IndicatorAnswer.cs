namespace TraffickingCare.Domain.Identification;

public enum IndicatorAnswer
{
    Unknown,
    Present,
    Absent,
}
