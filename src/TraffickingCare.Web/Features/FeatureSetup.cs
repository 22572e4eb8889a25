using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Features.CodeLists;
using TraffickingCare.Web.Features.Manage;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Features.TwoFactor;
using TraffickingCare.Web.Features.Users;

namespace TraffickingCare.Web.Features;

/// <summary>The table of contents: every handler and query of every feature, registered in one place.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CodeListSeeder>();
        services.AddScoped<IndicatorSeeder>();
        services.AddScoped<DemoReferralSeeder>();
        services.AddScoped<SyntheticCaseloadGenerator>();
        services.AddSingleton<Infrastructure.Time.CentreClock>();

        // Accounts: signing in, one's own password and authenticator, users, privileged changes
        services.AddScoped<Account.PasswordSignInHandler>();
        services.AddScoped<Account.SignOutHandler>();
        services.AddScoped<Account.SetPassword.SetPasswordHandler>();
        services.AddScoped<Account.SetPassword.SetPasswordLinkQuery>();
        services.AddScoped<Account.TwoFactorSignIn.AuthenticatorSignInHandler>();
        services.AddScoped<Account.TwoFactorSignIn.PendingSignInQuery>();
        services.AddScoped<Account.TwoFactorSignIn.RecoveryCodeSignInHandler>();
        services.AddScoped<AccountResets>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<ChangeUserStatusHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<DisableTwoFactorHandler>();
        services.AddScoped<EnableTwoFactorHandler>();
        services.AddScoped<GenerateRecoveryCodesHandler>();
        services.AddScoped<Infrastructure.Mail.ISetPasswordLinkSender, Infrastructure.Mail.MailSetPasswordLinkSender>();
        services.AddScoped<PrivilegedAccounts>();
        services.AddScoped<PrivilegedChanges.ApprovePrivilegedChangeHandler>();
        services.AddScoped<PrivilegedChanges.PrivilegedChangeDecision>();
        services.AddScoped<PrivilegedChanges.PrivilegedChangeListQuery>();
        services.AddScoped<PrivilegedChanges.RefusePrivilegedChangeHandler>();
        services.AddScoped<PublicLinks>();
        services.AddScoped<ResetUserPasswordHandler>();
        services.AddScoped<ResetUserTwoFactorHandler>();
        services.AddScoped<SetPasswordLinkDelivery>();
        services.AddScoped<TwoFactorEnrolmentQuery>();
        services.AddScoped<TwoFactorStatusQuery>();
        services.AddSingleton<UnknownUserLockout>();
        services.AddScoped<UserAccountChange>();
        services.AddScoped<UserAudit>();
        services.AddScoped<UserListQuery>();

        // Code lists (šifarnici)
        services.AddScoped<ChangeValueStatusHandler>();
        services.AddScoped<CodeListIndexQuery>();
        services.AddScoped<CodeListOptionsQuery>();
        services.AddScoped<CodeListValuesQuery>();
        services.AddScoped<CreateValueHandler>();
        services.AddScoped<EditValueFormQuery>();
        services.AddScoped<EditValueHandler>();
        services.AddScoped<NextSortOrderQuery>();

        // Shared kernel: the access rules, the story, the lookups
        services.AddScoped<CaseNumbering>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseStory>();
        services.AddScoped<StoryReveal>();
        services.AddScoped<CaseworkerOptionsQuery>();
        services.AddScoped<PartnerOptionsQuery>();

        // Identification: overview, checklist, interviews and sources, findings and their review
        services.AddScoped<Identification.Checklist.ChecklistQuery>();
        services.AddScoped<Identification.Checklist.IndicatorLabels>();
        services.AddScoped<Identification.Checklist.SaveChecklistHandler>();
        services.AddScoped<Identification.Checklist.StartChecklistHandler>();
        services.AddScoped<Identification.Evidence.AddInterviewHandler>();
        services.AddScoped<Identification.Evidence.AddSourceHandler>();
        services.AddScoped<Identification.Evidence.CaseEvidence>();
        services.AddScoped<Identification.Findings.CorrectFindingsHandler>();
        services.AddScoped<Identification.Findings.FindingsQuery>();
        services.AddScoped<Identification.Findings.FindingsReview.ApproveFindingsHandler>();
        services.AddScoped<Identification.Findings.FindingsReview.ReturnFindingsHandler>();
        services.AddScoped<Identification.Findings.FindingsWriters>();
        services.AddScoped<Identification.Findings.SaveFindingsHandler>();
        services.AddScoped<Identification.Findings.StartFindingsHandler>();
        services.AddScoped<Identification.IdentificationQuery>();

        // Cases: the case page and its sub-workflows (notes, team, person, statistics, restricted access)
        services.AddScoped<Cases.CaseChange>();
        services.AddScoped<Cases.CaseDetailsQuery>();
        services.AddScoped<Cases.CaseListQuery>();
        services.AddScoped<IHomePanel, Cases.HomePanels.CaseWorkPanel>();
        services.AddScoped<IHomePanel, Cases.HomePanels.FollowUpsPanel>();
        services.AddScoped<Cases.CaseNotes.AddCaseNoteHandler>();
        services.AddScoped<Cases.CaseNotes.EditCaseNoteHandler>();
        services.AddScoped<Cases.CasePage>();
        services.AddScoped<Cases.CasePerson.SavePersonIdentityHandler>();
        services.AddScoped<Cases.CaseStatistics.CaseStatisticsChange>();
        services.AddScoped<Cases.CaseStatistics.CaseStatisticsQuery>();
        services.AddScoped<Cases.CaseStatistics.SaveCaseExploitationHandler>();
        services.AddScoped<Cases.CaseStatistics.SaveCaseProfileHandler>();
        services.AddScoped<Cases.CaseTeam.ChangeCaseTeamHandler>();
        services.AddScoped<Cases.CloseCaseHandler>();
        services.AddScoped<Cases.MoveCaseHandler>();
        services.AddScoped<Cases.ReopenCaseHandler>();
        services.AddScoped<Cases.RestrictedCases.OpenRestrictedCaseHandler>();

        // Identification decisions: the register, its export and the decision clock
        services.AddScoped<Decisions.DecisionRegisterSource>();
        services.AddScoped<Decisions.DecisionRegisterQuery>();
        services.AddScoped<Decisions.DecisionExportHandler>();
        services.AddScoped<DecisionClock>();
        services.AddScoped<IHomePanel, Decisions.AwaitingApprovalPanel>();
        services.AddScoped<IHomePanel, Decisions.DecisionsOverduePanel>();

        // Referrals: log, register, details; the coordinator's triage
        services.AddScoped<ReferralAccess>();
        services.AddScoped<Referrals.LogReferralHandler>();
        services.AddScoped<Referrals.LogReferralPageQuery>();
        services.AddScoped<Referrals.ReferralDetailsQuery>();
        services.AddScoped<Referrals.ReferralRegisterQuery>();
        services.AddScoped<IHomePanel, Referrals.ReferralWorkPanel>();
        services.AddScoped<Referrals.Triage.AssignReferralHandler>();
        services.AddScoped<Referrals.Triage.PersonMatchQuery>();
        services.AddScoped<Referrals.Triage.PersonSearchHandler>();
        services.AddScoped<Referrals.Triage.ReferralTriagePanelQuery>();
        services.AddScoped<Referrals.Triage.TriageReferralHandler>();

        // Shelter: units, rooms and beds; placements; the occupancy board; the case's stays
        services.AddScoped<Shelter.Beds.BedAdministration>();
        services.AddScoped<Shelter.Beds.BedsPageQuery>();
        services.AddScoped<Shared.CasePanels.ICasePanel, Shelter.Placements.ShelterCasePanel>();
        services.AddScoped<IHomePanel, Shelter.ShelterHomePanel>();
        services.AddScoped<Shelter.OccupancyBoardQuery>();
        services.AddScoped<Shelter.Placements.AbsenceHandler>();
        services.AddScoped<Shelter.Placements.AdmitHandler>();
        services.AddScoped<Shelter.Placements.ExitHandler>();
        services.AddScoped<Shelter.Placements.FreeBedsQuery>();
        services.AddScoped<Shelter.Placements.MoveHandler>();
        services.AddScoped<Shelter.Placements.PlacementChange>();
        services.AddScoped<Shelter.Placements.PlacementPageQuery>();

        return services;
    }
}
