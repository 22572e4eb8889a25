using System.Threading.RateLimiting;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.Seeding;
using TraffickingCare.Web.Features;
using TraffickingCare.Web.Features.Shared.Deadlines;
using TraffickingCare.Web.Features.Shared.Pages;
using TraffickingCare.Web.Identity;
using TraffickingCare.Web.Infrastructure.Health;
using TraffickingCare.Web.Infrastructure.Localization;
using TraffickingCare.Web.Infrastructure.Logging;
using TraffickingCare.Web.Infrastructure.Mvc;
using TraffickingCare.Web.Infrastructure.Security;
using TraffickingCare.Web.Reporting;
using TraffickingCare.Web.Resources;

namespace TraffickingCare.Web.Infrastructure.Startup;

public static class AppServices
{
    public const string SignInRateLimit = "sign-in";

    public static void AddTraffickingCare(this WebApplicationBuilder builder)
    {
        ProductionGuard.Verify(builder.Configuration, builder.Environment);

        var services = builder.Services;

        // No "Server: Kestrel" header: it tells a scanner what to try, and helps no user.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.AddAppSerilog();
        services.TryAddSingleton(TimeProvider.System);
        builder.AddAppDatabase();
        services.AddScoped<AuditTrail>();
        services.AddSingleton<BulkViewWatch>();
        services.AddOptions<BulkViewOptions>().Bind(builder.Configuration.GetSection(BulkViewOptions.Section))
            .Validate(o => o.BulkViewThreshold > 0, "Security:BulkViewThreshold must be a positive number of case files.")
            .Validate(o => o.BulkViewWindow > TimeSpan.Zero, "Security:BulkViewWindow must be a positive time, e.g. 00:10:00.")
            .ValidateOnStart();
        services.AddScoped<DatabaseInitializer>();
        services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.Section));
        services.AddCountLimitOptions<Features.Referrals.ReferralOptions>(Features.Referrals.ReferralOptions.Section, "referrals");
        services.AddOptions<IdentificationOptions>().Bind(builder.Configuration.GetSection(IdentificationOptions.Section));
        services.AddOptions<Mail.MailOptions>().Bind(builder.Configuration.GetSection(Mail.MailOptions.Section));

        AddDataProtection(builder);
        AddIdentity(builder);
        AddMvc(services);
        AddRateLimiting(builder);

        services.AddReporting(builder.Configuration);
        services.AddScoped(sp => Backup.BackupLocations.Of(sp.GetRequiredService<AppDbContext>(), builder.Configuration, builder.Environment, sp.GetRequiredService<Storage.AttachmentStore>()));
        services.AddScoped<Backup.BackupWriter>();
        services.AddScoped<Backup.BackupRestorer>();
        services.AddScoped<Data.Retention.RetentionRun>();
        services.AddOptions<Data.Retention.RetentionOptions>().Bind(builder.Configuration.GetSection(Data.Retention.RetentionOptions.Section))
            .Validate(o => o.ClosedCaseYears > 0, "Retention:ClosedCaseYears must be a positive number of years.")
            .Validate(o => o.ReferralWithoutCaseYears > 0, "Retention:ReferralWithoutCaseYears must be a positive number of years.")
            .ValidateOnStart();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<FontsHealthCheck>("fonts", tags: ["ready"])
            .AddCheck<AuditChainHealthCheck>("audit-chain", tags: ["ready"]);
        services.AddValidatorsFromAssemblyContaining<SharedResource>(ServiceLifetime.Scoped);
        services.AddFeatures();
    }

    private static void AddDataProtection(WebApplicationBuilder builder)
    {
        // New keys encrypt with AES-256-GCM (Data Protection's own authenticated encryption: managed on Linux, CNG on
        // Windows) instead of its default AES-256-CBC with HMAC-SHA256: each encrypted field costs a third less to write, half to read, and a
        // third less space. Keys made before keep the algorithm they were made with and still decrypt what they wrote.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("TraffickingCare")
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
        var folder = KeyRingFolder.Of(builder.Configuration, builder.Environment.ContentRootPath);
        if (folder is not null)
        {
            dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(folder));
        }

        // Without a certificate the key files are plain XML: then the key volume itself must be
        // encrypted and readable by the app's account only (see docs/operations.md).
        var certificatePath = builder.Configuration["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
                certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
        }
    }

    private static void AddIdentity(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var secureCookies = !builder.Environment.IsDevelopment();
        services.AddOptions<SecurityOptions>()
            .Bind(builder.Configuration.GetSection(SecurityOptions.Section))
            .PostConfigure(o => o.RequireTwoFactor |= !builder.Environment.IsDevelopment());
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicyValidator.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<AppUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<AppUser>, ActiveUserConfirmation>());
        services.AddSingleton<SecondFactorSecrets>();
        services.AddScoped<ClearSecondFactorConversion>();
        services.AddScoped<UserSessions>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = security.SetPasswordLinkLifetime);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "tc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            // The idle limit is judged on the server (UserSessions), where it is recorded; the
            // cookie itself lasts no longer than the absolute limit, as a backstop.
            o.ExpireTimeSpan = security.AbsoluteTimeout;
            o.SlidingExpiration = false;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Events.OnSigningIn = AuthCookieEvents.OnSigningIn;
            o.Events.OnValidatePrincipal = AuthCookieEvents.OnValidatePrincipal;

            // A refused page answers 403 where it was asked for; the status-code page explains in the
            // user's language. A redirect would hide the refusal from tests and from the access log.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "tc.2fa";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tc.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });

        // Sign-in is required everywhere; the few anonymous endpoints say [AllowAnonymous] and are
        // listed in a test, so a new one cannot appear unnoticed.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRolePolicies();
    }

    private static void AddMvc(IServiceCollection services)
    {
        services.AddLocalization();

        // One for the app, not one for each view and partial that injects it (AddLocalization's is transient): it holds
        // nothing but the factory's cached localizer, and reads the culture of the request it is asked in.
        services.AddSingleton<IStringLocalizer<SharedResource>, StringLocalizer<SharedResource>>();
        services.AddScoped<FormPost>();

        // Serbian letters (č, ć, ž, š, đ, Cyrillic) are written as they are, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Create();
            o.DefaultRequestCulture = new RequestCulture(cultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddScoped<TwoFactorEnrolmentFilter>();
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.AddService<TwoFactorEnrolmentFilter>();
            })
            .AddRazorOptions(FeatureViewLocations.Configure)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
    }

    private static void AddRateLimiting(WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue($"{SecurityOptions.Section}:{nameof(SecurityOptions.SignInPermitsPerMinute)}", 10);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
