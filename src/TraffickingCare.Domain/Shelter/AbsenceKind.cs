namespace TraffickingCare.Domain.Shelter;

/// <summary>Why a resident is away for a while without leaving the shelter: her bed stays hers.</summary>
public enum AbsenceKind
{
    Hospital,
    Visit,
    Other,
}
