namespace HvLint.Core.Model;

/// <summary>How sure HvLint is of one part of a write.</summary>
public enum Certainty
{
    /// <summary>Written literally in the source.</summary>
    Literal,
    /// <summary>Followed through variables or expressions whose values are known.</summary>
    Resolved,
    /// <summary>Computed at run time; rules report nothing about it.</summary>
    Unresolved,
}
