using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Role combinations with names. A controller says <c>[Authorize(Policy = Policies.CaseEditors)]</c>; a page or
/// a query asks <c>user.Meets(Policies.CaseEditors)</c>. Both read the one table below, so a role added to a
/// combination is added everywhere at once.
/// </summary>
public static class Policies
{
    /// <summary>Work on a case: log, triage, edit the file, identify.</summary>
    public const string CaseEditors = nameof(CaseEditors);

    /// <summary>Read cases: the editors and management (who sees the story only with a reason).</summary>
    public const string CaseReaders = nameof(CaseReaders);

    /// <summary>Work in the shelter: the board, admissions, moves, absences, exits (shelter staff and the coordinator).</summary>
    public const string ShelterWorkers = nameof(ShelterWorkers);

    /// <summary>
    /// Read a resident's individual plan (its PDF): the shelter workers, and caseworkers, who reach only the plans of
    /// their own cases through the case access rule. Never management or the administrator.
    /// </summary>
    public const string ShelterPlanReaders = nameof(ShelterPlanReaders);

    /// <summary>
    /// Read the shelter's figures (occupancy, stays, phases, exits): counts, never a resident, so management reads
    /// them beside shelter staff and the coordinator.
    /// </summary>
    public const string ShelterStatisticsReaders = nameof(ShelterStatisticsReaders);

    /// <summary>
    /// Read the Centre's figures across every case (conferences held, action items done on time...): counts, never a
    /// case or a person, for those who answer for the Centre's work as a whole: the coordinator and management.
    /// </summary>
    public const string CentreStatisticsReaders = nameof(CentreStatisticsReaders);

    /// <summary>Request and approve changes to privileged accounts (four eyes).</summary>
    public const string AccountOversight = nameof(AccountOversight);

    /// <summary>
    /// Read the partner directory: everyone who works with partners, shelter staff included. The directory
    /// holds institutions and their professional contacts, nothing about a victim.
    /// </summary>
    public const string PartnerReaders = nameof(PartnerReaders);

    /// <summary>Add an institution the directory lacks: the maintainers, and a caseworker building a support network.</summary>
    public const string PartnerCreators = nameof(PartnerCreators);

    /// <summary>Maintain the partner directory: edit entries and their contact people, merge duplicates.</summary>
    public const string PartnerMaintainers = nameof(PartnerMaintainers);

    /// <summary>
    /// Record the Centre's activity beyond casework: trainings, awareness events, local anti-trafficking teams. No
    /// victim appears in it; the coordinator and management keep it.
    /// </summary>
    public const string ActivityRecorders = nameof(ActivityRecorders);

    /// <summary>Read the Centre's activity and the referral quality by sector: the recorders and the caseworkers.</summary>
    public const string ActivityReaders = nameof(ActivityReaders);

    /// <summary>
    /// Manage the annual statistical report: import historical cases, publish revisions, export, read the unsuppressed
    /// figures and hand partners the depersonalised extract. Management alone; coordinators read the live report
    /// (<see cref="CentreStatisticsReaders"/>).
    /// </summary>
    public const string ReportManagers = nameof(ReportManagers);

    /// <summary>Review the alerts of unusual access (a user opening many case files at once): management alone.</summary>
    public const string AccessAlertReviewers = nameof(AccessAlertReviewers);

    /// <summary>Answer a person's request for their data (subject access): management alone, with a recorded reason.</summary>
    public const string SubjectAccess = nameof(SubjectAccess);

    private static readonly Dictionary<string, string[]> RolesOf = new()
    {
        [CaseEditors] = [Roles.Caseworker, Roles.Coordinator],
        [CaseReaders] = [Roles.Caseworker, Roles.Coordinator, Roles.Management],
        [AccountOversight] = [Roles.Administrator, Roles.Management],
        [PartnerReaders] = [Roles.Caseworker, Roles.Coordinator, Roles.Management, Roles.ShelterStaff, Roles.Administrator],
        [PartnerCreators] = [Roles.Caseworker, Roles.Coordinator, Roles.Administrator],
        [PartnerMaintainers] = [Roles.Coordinator, Roles.Administrator],
        [ShelterWorkers] = [Roles.ShelterStaff, Roles.Coordinator],
        [ShelterPlanReaders] = [Roles.ShelterStaff, Roles.Coordinator, Roles.Caseworker],
        [ShelterStatisticsReaders] = [Roles.ShelterStaff, Roles.Coordinator, Roles.Management],
        [CentreStatisticsReaders] = [Roles.Coordinator, Roles.Management],
        [ActivityRecorders] = [Roles.Coordinator, Roles.Management],
        [ActivityReaders] = [Roles.Caseworker, Roles.Coordinator, Roles.Management],
        [ReportManagers] = [Roles.Management],
        [AccessAlertReviewers] = [Roles.Management],
        [SubjectAccess] = [Roles.Management],
    };

    public static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder builder)
    {
        foreach (var (name, roles) in RolesOf)
        {
            builder.AddPolicy(name, p => p.RequireRole(roles));
        }

        return builder;
    }

    /// <summary>True when the user holds one of the policy's roles: the same test the policy makes.</summary>
    public static bool Meets(this ClaimsPrincipal user, string policy) => RolesOf[policy].Any(user.IsInRole);
}
