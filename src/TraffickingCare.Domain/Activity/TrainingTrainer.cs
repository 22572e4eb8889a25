using TraffickingCare.Domain.Common;

namespace TraffickingCare.Domain.Activity;

/// <summary>Who gave a training: one of the Centre's staff (a user) or someone from outside, by name and institution.</summary>
public sealed class TrainingTrainer : Entity, IPartOf<Training>
{
    public const int NameMaxLength = 200;
    public const int InstitutionMaxLength = 200;

    private TrainingTrainer()
    {
    }

    public Guid TrainingId { get; private set; }

    Guid IPartOf<Training>.RootId => TrainingId;

    public string? StaffUserId { get; private set; }

    public string? ExternalName { get; private set; }

    public string? ExternalInstitution { get; private set; }

    internal static TrainingTrainer Of(Guid trainingId, Trainer trainer) => new()
    {
        TrainingId = trainingId,
        StaffUserId = trainer.StaffUserId,
        ExternalName = trainer.ExternalName,
        ExternalInstitution = trainer.ExternalInstitution,
    };

    internal bool Is(Trainer trainer) =>
        StaffUserId == trainer.StaffUserId && ExternalName == trainer.ExternalName && ExternalInstitution == trainer.ExternalInstitution;
}

/// <summary>A trainer as a form names one: a staff member's user id, or an outside trainer's name (and institution).</summary>
public sealed record Trainer(string? StaffUserId, string? ExternalName, string? ExternalInstitution)
{
    public static Trainer Staff(string userId) => new(userId, null, null);

    public static Trainer External(string? name, string? institution) =>
        new(null, Guard.Text(name, TrainingTrainer.NameMaxLength, "Activity.Errors.TrainerName"),
            Guard.OptionalText(institution, TrainingTrainer.InstitutionMaxLength, "Activity.Errors.TrainerInstitution"));
}
