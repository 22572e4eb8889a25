using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.UnitTests.Localization;

/// <summary>
/// Views and queries build resource keys from enum values (<c>L["Cases.Status." + status]</c>): a value added to
/// one of these enums without its text in every language shows the bare key to a user. Each enum is found by
/// name, so the test follows it when it moves between folders.
/// </summary>
public sealed class EnumResourceKeyTests
{
    /// <summary>Each enum whose values become keys, and the keys one value becomes ("{0}" is the value's name).</summary>
    private static readonly (string Enum, string[] Keys, string[] Except)[] KeyedEnums =
    [
        ("CaseStatus", ["Cases.Status.{0}"], []),
        ("ReferralStatus", ["Referrals.Status.{0}"], []),
        ("TriageOutcome", ["Referrals.Triage.Outcome.{0}"], []),
        ("PrivilegedChangeKind", ["PrivilegedChanges.Kind.{0}"], []),
        ("PrivilegedChangeStatus", ["PrivilegedChanges.Status.{0}"], []),
        ("IndicatorAnswer", ["Identification.Answer.{0}"], []),
        ("IndicatorGroup", ["Identification.Group.{0}"], []),
        ("IdentificationDecision", ["Identification.Decision.{0}"], []),
        ("FindingsStatus", ["Identification.Findings.Status.{0}"], []),
        ("VisitPlace", ["FieldVisits.Place.{0}"], []),
        ("Sector", ["Partners.Sector.{0}", "Network.Sector.{0}"], []),
        ("ProceedingRole", ["Proceedings.Role.{0}"], []),
        ("ProceedingStage", ["Proceedings.Stage.{0}"], []),
        ("HearingKind", ["Proceedings.HearingKind.{0}"], []),
        ("ProtectiveMeasures", ["Proceedings.Measure.{0}"], ["None"]),
        ("AttachmentCategory", ["Attachments.Category.{0}"], []),
        ("ShelterPhase", ["Shelter.Phase.{0}"], []),
        ("ExitDestination", ["Shelter.Destination.{0}"], []),
        ("FollowUpOutcome", ["Shelter.FollowUpOutcome.{0}"], []),
        ("AbsenceKind", ["Shelter.AbsenceKind.{0}"], []),
        ("GoalArea", ["Shelter.GoalArea.{0}"], []),
        ("GoalStatus", ["Shelter.GoalStatus.{0}"], []),
        ("PhaseChangeStatus", ["Shelter.PhaseChangeStatus.{0}"], []),
        ("ConferenceStatus", ["Conferences.Status.{0}"], []),
        ("ConferencePlace", ["Conferences.Place.{0}"], []),
        ("ParticipantKind", ["Conferences.ParticipantKind.{0}"], []),
        ("Attendance", ["Conferences.Attendance.{0}"], []),
        ("ActionItemStatus", ["Conferences.ActionStatus.{0}"], []),
        ("AwarenessEventKind", ["Activity.EventKind.{0}"], []),
        ("LocalTeamStatus", ["Activity.TeamStatus.{0}"], []),
        ("LocalTeamSupportKind", ["Activity.SupportKind.{0}"], []),
        ("ExtractGeneralisation", ["ReportExtract.Generalisation.{0}"], []),

        // The person's own part asks with the "People." keys of the person panel.
        ("StoryPart", ["Story.{0}.Reason", "Story.{0}.Reveal"], ["Person"]),
    ];

    public static TheoryData<string> Languages => ResourceParityTests.Languages;

    private static readonly Type[] AppTypes = [.. typeof(Entity).Assembly.GetTypes(), .. typeof(SharedResource).Assembly.GetTypes()];

    [Fact]
    public void Every_keyed_enum_is_found()
    {
        var missing = KeyedEnums.Where(e => AppTypes.Count(t => t.IsEnum && t.Name == e.Enum) != 1).Select(e => e.Enum).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_value_of_a_keyed_enum_has_its_text(string file)
    {
        var keys = ResourceParityTests.Load(file);
        var missing = (
            from keyed in KeyedEnums
            from type in AppTypes.Where(t => t.IsEnum && t.Name == keyed.Enum)
            from name in Enum.GetNames(type).Except(keyed.Except)
            from key in keyed.Keys
            let wanted = string.Format(System.Globalization.CultureInfo.InvariantCulture, key, name)
            where !keys.ContainsKey(wanted)
            select wanted).ToList();

        Assert.Empty(missing);
    }
}
