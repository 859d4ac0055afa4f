using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>Preconditions the value rules share.</summary>
internal static class WriteChecks
{
    /// <summary>
    /// The entry and the resolved data of a set-value write whose data HvLint actually knows;
    /// false when the data is computed at run time (no finding on a guess).
    /// </summary>
    public static bool TryGetKnownValue(RegistryWriteContext context, out CatalogEntry entry, out RegistryData data)
    {
        entry = context.Entry!;
        data = context.Write.Data!;
        return context.Write.Operation == RegistryOperation.SetValue
            && context.Entry is not null
            && context.Write.Data is not null
            && context.Write.DataCertainty != Certainty.Unresolved;
    }

    /// <summary>The number of a known write whose type the entry accepts, when it has one.</summary>
    public static bool TryGetNumber(RegistryWriteContext context, out CatalogEntry entry, out ValueConstraint constraint, out ulong number)
    {
        constraint = null!;
        number = 0;
        if (!TryGetKnownValue(context, out entry, out var data) || entry.Constraint is null || data.Number is not { } n)
        {
            return false;
        }

        // A value of the wrong type is HV0201's finding; range rules only judge data that is read.
        if (entry.Types.Count > 0 && !entry.Types.Contains(data.Type))
        {
            return false;
        }

        constraint = entry.Constraint;
        number = n;
        return true;
    }
}
