using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Common;
using TraffickingCare.Web.Data;

namespace TraffickingCare.Web.Infrastructure.Mvc;

/// <summary>
/// How a change ended, as a handler reports it: not found (out of reach counts as not found), refused
/// (<see cref="ErrorKey"/> is a resource key, <see cref="ErrorField"/> the field it belongs to, if one), or done.
/// A done change may name the record it led to (<see cref="Id"/>, e.g. a new revision) and a message that says
/// more than the action's usual one (<see cref="DoneKey"/>, <see cref="DoneArgs"/>). <see cref="FormPost"/> turns it into the answer.
/// </summary>
public sealed record ChangeResult(bool Found, string? ErrorKey = null)
{
    public const string ConflictKey = "Common.ConcurrencyConflict";

    public const string BusyKey = "Common.DatabaseBusy";

    public static readonly ChangeResult NotFound = new(false);

    public static readonly ChangeResult Done = new(true);

    public string? ErrorField { get; init; }

    public Guid? Id { get; init; }

    /// <summary>The record's version after the change, for a page that stays open and saves again (a conference's draft).</summary>
    public int? Version { get; init; }

    public string? DoneKey { get; init; }

    public object[] DoneArgs { get; init; } = [];

    /// <summary>Done, but the message reports something the user must see to (a mail that could not be sent): shown as an error.</summary>
    public bool DoneWithProblem { get; init; }

    /// <summary>
    /// Reasons already in the user's language, each with the field it belongs to: ASP.NET Identity describes its own
    /// errors (localized by <c>LocalizedIdentityErrorDescriber</c>, some with arguments). Shown instead of <see cref="ErrorKey"/>'s text.
    /// </summary>
    public IReadOnlyList<(string Field, string Text)> Described { get; init; } = [];

    public bool Succeeded => Found && ErrorKey is null;

    public bool IsConflict => ErrorKey == ConflictKey;

    public static ChangeResult Refused(string errorKey, string? field = null) => new(true, errorKey) { ErrorField = field };

    /// <summary>Identity refused: each of its described errors goes to the field <paramref name="fieldOf"/> names for the error's code.</summary>
    public static ChangeResult RefusedBy(IdentityResult identity, Func<string, string> fieldOf) =>
        Refused(IdentityRefusedKey) with { Described = [.. identity.Errors.Select(e => (fieldOf(e.Code), e.Description))] };

    private const string IdentityRefusedKey = "Identity.Errors.Default";

    /// <summary>
    /// Runs a change and its save: a broken domain rule, a stale version or a database held by another
    /// writer becomes a refusal the page can show in the user's language; nothing of the change is saved then.
    /// </summary>
    public static async Task<ChangeResult> OfAsync(Func<Task> changeAndSave) =>
        await OfAsync(async () =>
        {
            await changeAndSave();
            return Done;
        });

    /// <inheritdoc cref="OfAsync(Func{Task})"/>
    public static async Task<ChangeResult> OfAsync(Func<Task<ChangeResult>> changeAndSave)
    {
        try
        {
            return await changeAndSave();
        }
        catch (DomainException ex)
        {
            return Refused(ex.ResourceKey);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(ConflictKey);
        }
        catch (Exception ex) when (DatabaseBusy.Is(ex))
        {
            // Another writer (an import's commit) held the database: nothing was saved, and the form is shown again
            // with what the user entered, to be saved again once it is free.
            return Refused(BusyKey);
        }
    }
}
