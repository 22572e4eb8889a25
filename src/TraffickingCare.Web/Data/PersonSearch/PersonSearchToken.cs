namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>
/// One row of the blind index: a keyed hash of one normalised name word (or the date of birth) of a
/// person. It reveals nothing without the key, yet equal words give equal tokens, so encrypted names
/// can be searched. Derived data: rebuilt, never audited or edited.
/// </summary>
public sealed class PersonSearchToken
{
    private PersonSearchToken()
    {
        Token = string.Empty;
    }

    public Guid PersonIdentityId { get; private set; }

    public PersonSearchKind Kind { get; private set; }

    public string Token { get; private set; }

    public static PersonSearchToken Of(Guid personIdentityId, PersonSearchKind kind, string token) =>
        new() { PersonIdentityId = personIdentityId, Kind = kind, Token = token };
}
