using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>How a change to a record ended: not found, refused (<see cref="ErrorKey"/> is a resource key), or done.</summary>
public sealed record ChangeResult(bool Found, string? ErrorKey = null)
{
    public const string ConflictKey = "Common.ConcurrencyConflict";

    public static readonly ChangeResult NotFound = new(false);

    public bool Succeeded => Found && ErrorKey is null;

    /// <summary>
    /// Runs a change and its save: a broken domain rule or a stale version becomes a refusal the page
    /// can show in the user's language; nothing of the change is saved then.
    /// </summary>
    public static async Task<ChangeResult> OfAsync(Func<Task> changeAndSave)
    {
        try
        {
            await changeAndSave();
            return new ChangeResult(true);
        }
        catch (DomainException ex)
        {
            return new ChangeResult(true, ex.ResourceKey);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ChangeResult(true, ConflictKey);
        }
    }
}
