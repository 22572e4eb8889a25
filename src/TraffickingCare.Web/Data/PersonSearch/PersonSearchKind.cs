namespace TraffickingCare.Web.Data.PersonSearch;

/// <summary>What a search token was made from; stored as a small number.</summary>
public enum PersonSearchKind : byte
{
    NameWord = 1,
    DateOfBirth = 2,
    BirthYear = 3,

    /// <summary>One per person: says which key and rules made the tokens, so stale ones are rebuilt.</summary>
    Stamp = 9,
}
