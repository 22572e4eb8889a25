using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features.Account;
using TraffickingCare.Web.Features.CodeLists;
using TraffickingCare.Web.Features.Manage;
using TraffickingCare.Web.Features.Shared.Access;
using TraffickingCare.Web.Features.Shared.Accounts;
using TraffickingCare.Web.Features.Shared.Deadlines;
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

        // Referrals and cases
        services.AddScoped<CaseNumbering>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseStory>();
        services.AddScoped<Cases.CaseListQuery>();
        services.AddScoped<Cases.CaseDetailsQuery>();
        services.AddScoped<Cases.CaseChangeHandler>();
        services.AddScoped<Cases.PersonIdentityHandler>();
        services.AddScoped<Cases.RestrictedCaseAccessHandler>();
        services.AddScoped<Identification.IndicatorLabels>();
        services.AddScoped<Identification.IdentificationQuery>();
        services.AddScoped<Identification.ChecklistQuery>();
        services.AddScoped<Identification.ChecklistHandler>();
        services.AddScoped<Identification.FindingsQuery>();
        services.AddScoped<Identification.FindingsHandler>();
        services.AddScoped<Identification.EvidenceHandler>();
        services.AddScoped<Cases.CaseStatisticsQuery>();
        services.AddScoped<Cases.CaseStatisticsHandler>();
        services.AddScoped<Referrals.LogReferralPageQuery>();
        services.AddScoped<Referrals.LogReferralHandler>();
        services.AddScoped<Referrals.ReferralDetailsQuery>();
        services.AddScoped<Referrals.PersonMatchQuery>();
        services.AddScoped<Referrals.ReferralRegisterQuery>();
        services.AddScoped<CaseworkerOptionsQuery>();
        services.AddScoped<Referrals.TriageReferralHandler>();
        services.AddScoped<Home.HomeWorkQuery>();

        // Identification decisions: the register, its export and the decision clock
        services.AddScoped<Decisions.DecisionRegisterSource>();
        services.AddScoped<Decisions.DecisionRegisterQuery>();
        services.AddScoped<Decisions.DecisionExportHandler>();
        services.AddScoped<DecisionClock>();
        return services;
    }
}
