using System.Collections.Frozen;

namespace HvLint.Core.Catalog;

/// <summary>What a catalog entry's <c>tags</c> say about it (rules/catalog.schema.json lists the names).</summary>
public enum CatalogTag
{
    /// <summary>security-sensitive: a value can weaken the host.</summary>
    SecuritySensitive,

    /// <summary>debug-only: meant for debugging, not production hosts.</summary>
    DebugOnly,

    /// <summary>managed-by-hyperv: Hyper-V maintains it; the owning cmdlet is the way to change it.</summary>
    ManagedByHyperV,

    /// <summary>reboot-required: read only at start.</summary>
    RebootRequired,

    /// <summary>service-control: a service's start settings.</summary>
    ServiceControl,

    /// <summary>undocumented: Microsoft does not document it.</summary>
    Undocumented,

    /// <summary>reload-safe: read again without a restart.</summary>
    ReloadSafe,

    /// <summary>azure-only: read only on Azure hosts.</summary>
    AzureOnly,

    /// <summary>cluster: a failover-cluster setting.</summary>
    Cluster,

    /// <summary>role-key: the key's presence is part of the Hyper-V role.</summary>
    RoleKey,
}

/// <summary>The names of <see cref="CatalogTag"/> as the catalog files write them.</summary>
public static class CatalogTags
{
    private static readonly FrozenDictionary<CatalogTag, string> s_names = new Dictionary<CatalogTag, string>
    {
        [CatalogTag.SecuritySensitive] = "security-sensitive",
        [CatalogTag.DebugOnly] = "debug-only",
        [CatalogTag.ManagedByHyperV] = "managed-by-hyperv",
        [CatalogTag.RebootRequired] = "reboot-required",
        [CatalogTag.ServiceControl] = "service-control",
        [CatalogTag.Undocumented] = "undocumented",
        [CatalogTag.ReloadSafe] = "reload-safe",
        [CatalogTag.AzureOnly] = "azure-only",
        [CatalogTag.Cluster] = "cluster",
        [CatalogTag.RoleKey] = "role-key",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, CatalogTag> s_byName = s_names.ToFrozenDictionary(x => x.Value, x => x.Key, StringComparer.Ordinal);

    /// <summary>The name as written in the catalog, e.g. debug-only.</summary>
    public static string Name(CatalogTag tag) => s_names[tag];

    /// <summary>Parses a tag name as the catalog writes it (exact case).</summary>
    public static bool TryParse(string name, out CatalogTag tag) => s_byName.TryGetValue(name, out tag);
}
