namespace TraffickingCare.Domain.Common;

/// <summary>
/// A row that is part of a root record (a member of a case's team, an answer of a checklist): it is
/// changed through its root, and a change to it is a change to the root. The data layer moves the
/// root's version whenever one of its parts is added, changed or removed, so a second person saving
/// the root from a page rendered before is told, even when only parts changed.
/// </summary>
/// <typeparam name="TRoot">The record whose version covers this part.</typeparam>
public interface IPartOf<TRoot>
    where TRoot : Entity
{
    /// <summary>The id of the root this part belongs to.</summary>
    Guid RootId { get; }
}
