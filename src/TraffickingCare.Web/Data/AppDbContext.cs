using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Domain.CodeLists;
using TraffickingCare.Domain.People;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Identity;

namespace TraffickingCare.Web.Data;

/// <summary>
/// The one database context, provider-neutral. <see cref="SqliteAppDbContext"/> and
/// <see cref="SqlServerAppDbContext"/> exist only so that each provider has its own migrations.
/// Every save stamps who/when, bumps the concurrency version, turns deletes into soft deletes
/// and writes the audit trail in the same transaction as the change.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AppDbContextServices services)
    : IdentityDbContext<AppUser>(options)
{
    internal AppDbContextServices Services { get; } = services;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CodeListItem> CodeListItems => Set<CodeListItem>();

    public DbSet<PersonIdentity> PersonIdentities => Set<PersonIdentity>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        AuditTrailWriter.Write(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        AuditTrailWriter.Write(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        EntityConventions.Apply(builder);
        EncryptionConverters.Apply(builder.Model, Services.Protector);
    }
}
