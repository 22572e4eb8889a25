namespace TraffickingCare.Domain.Proceedings;

/// <summary>The person's place in a criminal proceeding. Stored by name.</summary>
public enum ProceedingRole
{
    InjuredParty,
    Witness,

    /// <summary>Prosecuted for what the traffickers made them do; the Centre seeks non-punishment.</summary>
    DefendantNonPunishment,
}
