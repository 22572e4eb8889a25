using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Infrastructure.Security;
using TraffickingCare.Web.Infrastructure.Storage;

namespace TraffickingCare.Web.Infrastructure.Backup;

/// <summary>
/// The three things that are only useful together and so are backed up together: the SQLite database file, the Data
/// Protection key ring (without it no identifying field and no attachment can be decrypted) and the attachments
/// folder. Where this app's configuration keeps each; inside a backup they are <see cref="DatabaseEntry"/>,
/// <see cref="KeysEntry"/> and <see cref="AttachmentsEntry"/>.
/// </summary>
public sealed record BackupLocations(string DatabaseFile, string KeyRing, string Attachments)
{
    public const string DatabaseEntry = "database/traffickingcare.db";

    public const string KeysEntry = "keys";

    public const string AttachmentsEntry = "attachments";

    public static BackupLocations Of(AppDbContext db, IConfiguration configuration, IHostEnvironment environment, AttachmentStore attachments)
    {
        if (!db.Database.IsSqlite())
        {
            throw new BackupException("The backup command copies a SQLite database. On SQL Server back the database up with BACKUP DATABASE and copy the key ring and the attachments folder as docs/operations.md says.");
        }

        var keyRing = KeyRingFolder.Of(configuration, environment.ContentRootPath)
            ?? throw new BackupException($"{KeyRingFolder.ConfigurationKey} is not set, so the key ring is in the user's profile: set it to a folder that is backed up.");
        var database = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return new(database, keyRing, attachments.Folder);
    }

    /// <summary>
    /// The files of a folder under their path in the backup; <c>.part</c> files are attachments still being written
    /// (their rows are not committed, so no backup needs them).
    /// </summary>
    public static IEnumerable<(string Source, string Entry)> FilesOf(string folder, string entry) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(path => !path.EndsWith(".part", StringComparison.Ordinal))
                .Select(path => (path, entry + "/" + Path.GetRelativePath(folder, path).Replace('\\', '/')));
}
