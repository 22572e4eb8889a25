using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Data;
using static TraffickingCare.Web.Identity.SecondFactorSecrets;

namespace TraffickingCare.Web.Identity;

/// <summary>
/// Earlier versions (and the demo databases made with them) kept the authenticator key and the
/// recovery codes in clear. Runs at every start: encrypts such keys and hashes such codes in place.
/// After the first run it finds nothing; the store still reads a clear value meanwhile (a restored backup).
/// </summary>
public sealed class ClearSecondFactorConversion(AppDbContext db, SecondFactorSecrets secrets)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var rows = await db.UserTokens
            .Where(t => t.LoginProvider == StoreProvider
                && ((t.Name == AuthenticatorKeyName && !t.Value!.StartsWith(KeyMark)) || (t.Name == RecoveryCodesName && !t.Value!.StartsWith(CodesMark))))
            .ToListAsync(ct);
        foreach (var row in rows.Where(r => IsClear(r.Name, r.Value)))
        {
            row.Value = row.Name == AuthenticatorKeyName
                ? secrets.ProtectKey(row.Value!)
                : HashCodes(row.Value!.Split(';', StringSplitOptions.RemoveEmptyEntries));
        }

        return await db.SaveChangesAsync(ct);
    }
}
