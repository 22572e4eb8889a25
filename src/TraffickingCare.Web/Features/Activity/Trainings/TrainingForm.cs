using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TraffickingCare.Web.Features.Activity.Trainings;

/// <summary>A training as the new and edit pages post it: what, when and where, who taught it, and the headcount.</summary>
public sealed class TrainingForm
{
    /// <summary>How many outside trainers the form offers rows for.</summary>
    public const int ExternalRows = 5;

    /// <summary>dd.MM.yyyy.</summary>
    [Display(Name = "Activity.Trainings.Fields.HeldOn")]
    public string? HeldOn { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Hours")]
    public int? Hours { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Topic")]
    public string? Topic { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Accredited")]
    public bool Accredited { get; set; }

    [Display(Name = "Activity.Trainings.Fields.AccreditationNumber")]
    public string? AccreditationNumber { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Municipality")]
    public string? MunicipalityCode { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Organiser")]
    public string? Organiser { get; set; }

    /// <summary>The Centre's staff who taught it, by user id.</summary>
    [Display(Name = "Activity.Trainings.Fields.StaffTrainers")]
    public List<string> StaffTrainerIds { get; set; } = [];

    /// <summary>
    /// What was typed to find a member of staff among a large centre's (not saved): the search posts the form back as
    /// typed, so nothing entered is lost, and answers with the form and what it found.
    /// </summary>
    [Display(Name = "Activity.Trainings.Fields.TrainerFind")]
    public string? TrainerFind { get; set; }

    public List<ExternalTrainerInput> ExternalTrainers { get; set; } = [];

    /// <summary>One row per <c>TrainingSector</c> code the form offers.</summary>
    public List<SectorCountInput> Sectors { get; set; } = [];

    [Display(Name = "Activity.Trainings.Fields.Women")]
    public int? Women { get; set; }

    [Display(Name = "Activity.Trainings.Fields.Men")]
    public int? Men { get; set; }

    [Display(Name = "Activity.Trainings.Fields.SexNotStated")]
    public int? SexNotStated { get; set; }

    /// <summary>The version the edit page showed; a save from an older one is refused.</summary>
    public int? Version { get; set; }

    /// <summary>What the training holds now (edit): retired codes and disabled trainers stay acceptable on it.</summary>
    [BindNever]
    public TrainingHeld Held { get; set; } = TrainingHeld.Nothing;

    /// <summary>Where the refusals about the trainers as a whole and the totals are shown (no input has these names).</summary>
    public const string TrainersField = "Trainers";

    public const string ParticipantsField = "Participants";
}
