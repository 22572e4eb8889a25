namespace TraffickingCare.Domain.Shelter;

/// <summary>The three phases of the shelter's programme, in order (see DOMAIN.md).</summary>
public enum ShelterPhase
{
    /// <summary>Safety, medical care, crisis intervention, documents, basic needs.</summary>
    Stabilisation,

    /// <summary>Psychotherapy, workshops, education, support through proceedings.</summary>
    Recovery,

    /// <summary>Employment, housing, budgeting, a support network outside the shelter.</summary>
    Independence,
}
