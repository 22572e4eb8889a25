using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Features.Shared.Csv;
using TraffickingCare.Web.Infrastructure.Time;

namespace TraffickingCare.Web.Features.Decisions;

/// <summary>
/// The pseudonymised register as CSV: case codes and codes only, never a name, a user or free text,
/// so that it can leave the case system for statistics. Rows are streamed from the database as they
/// are written, so a register of any size never sits in memory.
/// </summary>
public sealed class DecisionExportHandler(AppDbContext db, DecisionRegisterSource source)
{
    public static readonly string[] Header =
        ["case_code", "decision", "forms", "decided_on", "revision", "supersedes_revision", "referral_received_on", "days_referral_to_decision"];

    public static string FileName(DecisionRegisterFilter filter) =>
        filter.Year is { } year ? $"decisions-{year.ToString(CultureInfo.InvariantCulture)}.csv" : "decisions.csv";

    /// <summary>Writes the register; returns how many decisions (lines after the header) it wrote.</summary>
    public async Task<int> WriteAsync(DecisionRegisterFilter filter, ClaimsPrincipal user, Stream output, CancellationToken ct)
    {
        var written = 0;
        // UTF-8 with a byte order mark: Excel then reads the file as UTF-8.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(CsvText.Line(Header));

        var rows = DecisionRegisterSource.Newest(source.Final(filter, user))
            .Select(f => new
            {
                Code = db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Code).First(),
                f.Decision,
                Forms = f.ExploitationForms.Select(e => e.Code).ToList(),
                f.DecidedOn,
                f.Revision,
                Supersedes = db.Findings.Where(s => s.Id == f.SupersedesId).Select(s => (int?)s.Revision).FirstOrDefault(),
                ReceivedAtUtc = db.Referrals
                    .Where(r => r.Id == db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.ReferralId).First())
                    .Select(r => (DateTime?)r.ReceivedAtUtc)
                    .FirstOrDefault(),
            })
            .AsAsyncEnumerable();

        await foreach (var row in rows.WithCancellation(ct))
        {
            // The referral's day on the Centre's calendar, like the decision date.
            var received = row.ReceivedAtUtc is { } utc ? DateOnly.FromDateTime(CentreClock.ToLocal(utc)) : (DateOnly?)null;
            var decided = row.DecidedOn!.Value;
            await writer.WriteLineAsync(CsvText.Line(
                CsvText.Field(row.Code),
                CsvText.Field(row.Decision?.ToString()),
                CsvText.Field(string.Join('|', row.Forms.Order(StringComparer.Ordinal))),
                CsvText.Field(Iso(decided)),
                CsvText.Number(row.Revision),
                CsvText.Number(row.Supersedes),
                CsvText.Field(received is { } day ? Iso(day) : null),
                CsvText.Number(received is { } from ? decided.DayNumber - from.DayNumber : null)));
            written++;
        }

        await writer.FlushAsync(ct);
        return written;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
