using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Features.CodeLists;
using TraffickingCare.Web.Features.Manage;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Features.Shared.CasePanels;
using TraffickingCare.Web.Features.Shared.Contacts;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Home;
using TraffickingCare.Web.Features.Shared.Lookups;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Features.Shared.Story;
using TraffickingCare.Web.Features.Shared.Work;
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
        services.AddScoped<AccessAlerts.AccessAlertListQuery>();
        services.AddScoped<AccessAlerts.ReviewAccessAlertHandler>();
        services.AddScoped<IHomePanel, AccessAlerts.AccessAlertsPanel>();
        services.AddScoped<SubjectAccess.SubjectRecordQuery>();
        services.AddScoped<SubjectAccess.SubjectPersonQuery>();
        services.AddScoped<SubjectAccess.ExportSubjectRecordHandler>();
        services.AddScoped<IHomePanel, SubjectAccess.SubjectAccessPanel>();
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
        services.AddCountLimitOptions<Cases.CaseListOptions>(Cases.CaseListOptions.Section, "cases");
        services.AddScoped<IHomePanel, Cases.HomePanels.CaseWorkPanel>();
        services.AddScoped<IHomePanel, Cases.HomePanels.FollowUpsPanel>();
        services.AddScoped<Cases.CaseNotes.AddCaseNoteHandler>();
        services.AddScoped<Cases.CaseNotes.EditCaseNoteHandler>();
        services.AddScoped<Cases.CasePage>();
        services.AddScoped<Cases.CasePerson.SavePersonIdentityHandler>();
        services.AddScoped<Cases.CaseStatistics.CaseStatisticsChange>();
        services.AddScoped<Cases.CaseStatistics.CaseStatisticsQuery>();
        services.AddScoped<Cases.CasePerson.CasePersonQuery>();
        services.AddScoped<Cases.CaseTeam.CaseTeamQuery>();
        services.AddScoped<Cases.CloseCaseQuery>();
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
        services.AddCountLimitOptions<Decisions.DecisionRegisterOptions>(Decisions.DecisionRegisterOptions.Section, "decisions");
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
        services.AddScoped<Shared.People.PersonMatchQuery>();
        services.AddScoped<Referrals.Triage.PersonSearchHandler>();
        services.AddScoped<Referrals.Triage.ReferralTriagePanelQuery>();
        services.AddScoped<Referrals.Triage.TriageReferralHandler>();

        // Field visits on a case: the case page's panel, the visits page, next steps on "Moj rad"
        services.AddSingleton<IContactMomentSource, FieldVisits.FieldVisitContactMoments>();
        services.AddScoped<ICasePanel, FieldVisits.FieldVisitsPanel>();
        services.AddScoped<IWorkSource, FieldVisits.FieldVisitWorkSource>();
        services.AddScoped<FieldVisits.CorrectVisitHandler>();
        services.AddScoped<FieldVisits.FieldVisitRows>();
        services.AddScoped<FieldVisits.FieldVisitsPageQuery>();
        services.AddScoped<FieldVisits.RecordVisitHandler>();

        // Services on a case: the latest on the case page, the case's list where they are logged, correction within 24 hours, amendments
        services.AddSingleton<IContactMomentSource, Services.ServiceContactMoments>();
        services.AddScoped<ICasePanel, Services.ServicesPanel>();
        services.AddScoped<Services.CorrectServiceHandler>();
        services.AddScoped<Services.LogServiceHandler>();
        services.AddScoped<Services.ServiceRows>();
        services.AddScoped<Services.ServicesPageQuery>();
        services.AddScoped<StaffOrPartnerOptionsQuery>();
        services.AddScoped<CaseStaffQuery>();

        // Partner directory: the list, an entry's page, create and edit, contact people, merging duplicates
        services.AddScoped<Partners.CreatePartnerHandler>();
        services.AddScoped<Partners.EditPartnerHandler>();
        services.AddScoped<Partners.PartnerContacts.AddPartnerContactHandler>();
        services.AddScoped<Partners.PartnerContacts.EditContactPageQuery>();
        services.AddScoped<Partners.PartnerContacts.EditPartnerContactHandler>();
        services.AddScoped<Partners.PartnerContacts.PartnerContactChange>();
        services.AddScoped<Partners.PartnerContacts.RemovePartnerContactHandler>();
        services.AddScoped<Partners.PartnerDetailsQuery>();
        services.AddScoped<Partners.PartnerFormQuery>();
        services.AddScoped<Partners.PartnerListQuery>();
        services.AddScoped<Partners.PartnerMerge.MergePartnerPageQuery>();
        services.AddScoped<Partners.PartnerMerge.MergePartnersHandler>();
        services.AddScoped<Partners.PartnerPage>();

        // Support network (mreža podrške): actors on a case, its ecomap panel, stale contacts on "Moj rad"
        services.AddOptions<Network.NetworkOptions>().BindConfiguration(Network.NetworkOptions.Section)
            .Validate(o => o.StaleContactDays > 0, "Support:StaleContactDays must be a positive number of days.").ValidateOnStart();
        services.AddScoped<Network.AddActorHandler>();
        services.AddScoped<Network.EditActorHandler>();
        services.AddScoped<Network.EndActorHandler>();
        services.AddScoped<Network.NetworkChange>();
        services.AddSingleton<Network.NetworkContactDates>();
        services.AddScoped<Network.NetworkPages>();
        services.AddScoped<ICasePanel, Network.NetworkPanel>();
        services.AddScoped<Network.NetworkQuery>();
        services.AddScoped<IWorkSource, Network.NetworkWorkSource>();
        services.AddScoped<Network.RecordContactHandler>();
        services.AddSingleton<Network.StaleContacts>();

        // Annual statistical report: figures computed in SQL, the view every output reads (page, PDF with charts, workbook), published revisions
        services.AddOptions<Reports.Annual.AnnualReportOptions>().BindConfiguration(Reports.Annual.AnnualReportOptions.Section)
            .Validate(o => o.SuppressionThreshold is >= 1 and <= 100, "Reports:SuppressionThreshold must be a count from 1 to 100.").ValidateOnStart();
        services.AddScoped<Reports.Annual.AnnualFiguresQuery>();
        services.AddScoped<Reports.Annual.AnnualReportViewBuilder>();
        services.AddScoped<Reports.Annual.PublishReportHandler>();
        services.AddScoped<Reports.Annual.ReportSourceQuery>();
        services.AddScoped<Reports.Annual.RevisionDiffQuery>();
        services.AddScoped<Reports.Annual.RevisionListQuery>();
        services.AddScoped<Reports.Annual.SaveIntroductionHandler>();
        services.AddScoped<IHomePanel, Reports.Annual.Dashboard.ManagementDashboardPanel>();
        services.AddScoped<Reports.Annual.Workbook.AnnualReportWorkbook>();
        services.AddSingleton<Reports.Annual.Charts.AnnualReportCharts>();
        services.AddSingleton<Reports.Annual.Pdf.AnnualReportPdf>();

        // Annual report, the tables of the Centre's work: services, visits, conferences, court escorts, proceedings, shelter, trainings
        services.AddScoped<Reports.Annual.WorkFiguresQuery>();

        // Moj rad (my work): the list gathered from every feature's source, manual tasks, the home counts
        services.AddOptions<Work.WorkOptions>().BindConfiguration(Work.WorkOptions.Section)
            .Validate(o => o.HorizonDays is > 0 and <= 366, "Work:HorizonDays must be a number of days from 1 to 366.").ValidateOnStart();
        services.AddScoped<ICasePanel, Work.WorkTasks.CaseTasksPanel>();
        services.AddScoped<IHomePanel, Work.WorkHomePanel>();
        services.AddScoped<IWorkSource, Cases.CaseFollowUpWorkSource>();
        services.AddScoped<IWorkSource, Decisions.DecisionWorkSource>();
        services.AddScoped<IWorkSource, Referrals.ReferralWorkSource>();
        services.AddScoped<IWorkSource, Work.WorkTaskSource>();
        services.AddScoped<Work.TaskAccess>();
        services.AddScoped<Work.WorkList>();
        services.AddScoped<Work.WorkPageQuery>();
        services.AddScoped<Work.WorkTasks.AddWorkTaskHandler>();
        services.AddScoped<Work.WorkTasks.AssigneeOptionsQuery>();
        services.AddScoped<Work.WorkTasks.CaseTasksQuery>();
        services.AddScoped<Work.WorkTasks.DeleteTaskHandler>();
        services.AddScoped<Work.WorkTasks.MarkTaskDoneHandler>();
        services.AddScoped<Work.WorkTasks.ReopenTaskHandler>();
        services.AddScoped<Work.WorkTasks.WorkTaskChange>();

        // Centre activity: the hub and its figures, referral quality by sector, trainings (list, form, page, materials),
        // awareness events, local teams by region with their meetings and support
        services.AddScoped<Activity.ActivityFiguresQuery>();
        services.AddScoped<Activity.Sectors.SectorFiguresQuery>();
        services.AddScoped<Activity.AwarenessEvents.AwarenessEventFormQuery>();
        services.AddScoped<Activity.AwarenessEvents.ChangeEventHandler>();
        services.AddScoped<Activity.AwarenessEvents.EventListQuery>();
        services.AddScoped<Activity.AwarenessEvents.RecordEventHandler>();
        services.AddScoped<Activity.AwarenessEvents.RemoveEventHandler>();
        services.AddScoped<Activity.LocalTeams.ChangeTeamHandler>();
        services.AddScoped<Activity.LocalTeams.FormTeamHandler>();
        services.AddScoped<Activity.LocalTeams.LocalTeamFormQuery>();
        services.AddScoped<Activity.LocalTeams.TeamListQuery>();
        services.AddScoped<Activity.LocalTeams.TeamPageQuery>();
        services.AddScoped<Activity.LocalTeams.TeamWork.RecordMeetingHandler>();
        services.AddScoped<Activity.LocalTeams.TeamWork.RecordSupportHandler>();
        services.AddScoped<Activity.LocalTeams.TeamWork.RemoveMeetingHandler>();
        services.AddScoped<Activity.Trainings.ChangeTrainingHandler>();
        services.AddScoped<Activity.Trainings.RecordTrainingHandler>();
        services.AddScoped<Activity.Trainings.RemoveTrainingHandler>();
        services.AddScoped<Activity.Trainings.TrainerOptionsQuery>();
        services.AddScoped<Activity.Trainings.TrainingDetailsQuery>();
        services.AddScoped<Activity.Trainings.TrainingFormQuery>();
        services.AddScoped<Activity.Trainings.TrainingListQuery>();
        services.AddScoped<Activity.Trainings.Materials.MaterialDownloadQuery>();
        services.AddScoped<Activity.Trainings.Materials.RemoveMaterialHandler>();
        services.AddScoped<Activity.Trainings.Materials.UploadMaterialHandler>();

        // Case conferences: scheduled from the case, run in the browser, closed (minutes locked), addenda
        services.AddScoped<ICasePanel, Conferences.ConferencesPanel>();
        services.AddSingleton<IContactMomentSource, Conferences.FollowUp.ConferenceContactMoments>();
        services.AddScoped<IHomePanel, Conferences.FollowUp.OverdueActionItemsPanel>();
        services.AddScoped<IWorkSource, Conferences.FollowUp.ActionItemWorkSource>();
        services.AddScoped<Conferences.CancelConferenceHandler>();
        services.AddScoped<Conferences.ConferenceRun.AddAddendumHandler>();
        services.AddScoped<Conferences.ConferenceRun.CloseConferenceHandler>();
        services.AddScoped<Conferences.ConferenceRun.ConferenceRunPageQuery>();
        services.AddScoped<Conferences.ConferenceRun.RecordConferenceHandler>();
        services.AddScoped<Conferences.ConferenceRun.ActionItems.AddActionItemHandler>();
        services.AddScoped<Conferences.ConferenceRun.ActionItems.RemoveActionItemHandler>();
        services.AddScoped<Conferences.ConferenceRun.ActionItems.SettleActionItemHandler>();
        services.AddScoped<Conferences.ConferenceAccess>();
        services.AddScoped<Conferences.ConferenceCalendarQuery>();
        services.AddScoped<Conferences.ConferenceOptionsQuery>();
        services.AddScoped<Conferences.ConferencePageQuery>();
        services.AddScoped<Conferences.Minutes.MinutesQuery>();
        services.AddScoped<Conferences.RescheduleConferenceHandler>();
        services.AddScoped<Conferences.ScheduleConferenceHandler>();
        services.AddScoped<Conferences.Statistics.ConferenceFiguresQuery>();

        // Proceedings: criminal proceedings of a case, their stage history and hearings; the calendar of hearings
        services.AddScoped<ICasePanel, Proceedings.ProceedingsPanel>();
        services.AddScoped<IWorkSource, Proceedings.Hearings.HearingWorkSource>();
        services.AddScoped<Proceedings.EditProceedingHandler>();
        services.AddScoped<Proceedings.Hearings.HearingCalendarQuery>();
        services.AddScoped<Proceedings.Hearings.HearingPageQuery>();
        services.AddScoped<Proceedings.Hearings.RecordHearingHandler>();
        services.AddScoped<Proceedings.Hearings.ScheduleHearingHandler>();
        services.AddScoped<Proceedings.MoveStageHandler>();
        services.AddScoped<Proceedings.OpenProceedingHandler>();
        services.AddScoped<Proceedings.ProceedingChange>();
        services.AddScoped<Proceedings.ProceedingPageQuery>();
        services.AddScoped<Proceedings.ProceedingScope>();

        // Attachments: a case's documents, encrypted in the attachments folder (Storage:AttachmentsPath)
        services.AddOptions<Infrastructure.Storage.StorageOptions>().BindConfiguration(Infrastructure.Storage.StorageOptions.Section);
        services.AddSingleton<Infrastructure.Storage.AttachmentStore>();
        services.AddScoped<Shared.Uploads.UploadedFiles>();
        services.AddScoped<Attachments.AttachmentListQuery>();
        services.AddScoped<ICasePanel, Attachments.AttachmentsPanel>();
        services.AddScoped<Attachments.RemoveAttachmentHandler>();
        services.AddScoped<Attachments.UploadAttachmentHandler>();

        // Shelter: units, rooms and beds; placements; the occupancy board; the case's stays
        services.AddScoped<Shelter.Beds.BedAdministration>();
        services.AddScoped<Shelter.Beds.BedsPageQuery>();
        services.AddScoped<ICasePanel, Shelter.Placements.ShelterCasePanel>();
        services.AddScoped<IHomePanel, Shelter.ShelterHomePanel>();
        services.AddScoped<Shelter.OccupancyBoardQuery>();
        services.AddScoped<Shelter.Placements.AbsenceHandler>();
        services.AddScoped<Shelter.Placements.AdmitHandler>();
        services.AddScoped<Shelter.Placements.ExitHandler>();
        services.AddScoped<Shelter.Placements.FreeBedsQuery>();
        services.AddScoped<Shelter.Placements.MoveHandler>();
        services.AddScoped<Shelter.Placements.PlacementChange>();
        services.AddScoped<Shelter.Placements.PlacementPageQuery>();
        services.AddScoped<Shelter.Placements.PlacementFile>();
        services.AddScoped<Shelter.Statistics.ShelterFiguresQuery>();

        // Shelter: the individual plan (goals and their reviews, progress notes, phase changes with four eyes)
        services.AddScoped<Shelter.Placements.PlacementPlanQuery>();
        services.AddScoped<Shelter.Placements.ShelterStaffQuery>();
        services.AddScoped<Shelter.Placements.Goals.AddGoalHandler>();
        services.AddScoped<Shelter.Placements.Goals.EditGoalHandler>();
        services.AddScoped<Shelter.Placements.Goals.ReviewGoalHandler>();
        services.AddScoped<Shelter.Placements.Goals.GoalPageQuery>();
        services.AddScoped<Shelter.Placements.ProgressNotes.AddProgressNoteHandler>();
        services.AddScoped<Shelter.Placements.PhaseChanges.ProposePhaseHandler>();
        services.AddScoped<Shelter.Placements.PhaseChanges.DecidePhaseHandler>();
        services.AddScoped<Shelter.Placements.PhaseChanges.ProposePageQuery>();
        services.AddScoped<Shelter.Placements.PlanPdf.PlanPdfQuery>();

        // Shelter: follow-up contacts after the exit (on the shelter file and "Moj rad"; counted in the statistics)
        services.AddScoped<IWorkSource, Shelter.Placements.FollowUps.FollowUpWorkSource>();
        services.AddScoped<Shelter.Placements.FollowUps.RecordFollowUpHandler>();
        services.AddScoped<Shelter.Placements.FollowUps.ScheduleFollowUpHandler>();

        // Reports: the historical import (upload, validation report, background commit with progress, audit of each import)
        services.AddOptions<Reports.Import.ReportImportOptions>().BindConfiguration(Reports.Import.ReportImportOptions.Section)
            .Validate(o => o.ImportMaxMegabytes is > 0 and <= 2000, "Reports:ImportMaxMegabytes must be between 1 and 2000.").ValidateOnStart();
        services.AddSingleton<Reports.Import.ImportJobs>();
        services.AddHostedService<Reports.Import.ImportJobRunner>();
        services.AddScoped<Reports.Import.CaseImportWriter>();
        services.AddScoped<Reports.Import.CommitImportHandler>();
        services.AddScoped<Reports.Import.ImportPageQuery>();
        services.AddScoped<Reports.Import.StartImportHandler>();
        services.AddScoped<Reports.Import.ValidateImportHandler>();

        // Reports: the depersonalised extract for partners (HTCDS columns, k-anonymity over the quasi-identifiers, audit of each download)
        services.AddOptions<Reports.Extract.ExtractOptions>().BindConfiguration(Reports.Extract.ExtractOptions.Section)
            .Validate(o => o.ExtractK is >= TraffickingCare.Domain.Reports.ExtractAnonymiser.MinK and <= TraffickingCare.Domain.Reports.ExtractAnonymiser.MaxK, "Reports:ExtractK must be from 2 to 100.")
            .ValidateOnStart();
        services.AddScoped<Reports.Extract.ExtractQuery>();

        return services;
    }
}
