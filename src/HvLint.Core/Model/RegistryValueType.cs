namespace HvLint.Core.Model;

/// <summary>Registry value types with their Win32 numbers (docs/formats.md §1.10).</summary>
public enum RegistryValueType : uint
{
    /// <summary>REG_NONE.</summary>
    None = 0,
    /// <summary>REG_SZ.</summary>
    String = 1,
    /// <summary>REG_EXPAND_SZ.</summary>
    ExpandString = 2,
    /// <summary>REG_BINARY.</summary>
    Binary = 3,
    /// <summary>REG_DWORD (little-endian).</summary>
    DWord = 4,
    /// <summary>REG_DWORD_BIG_ENDIAN.</summary>
    DWordBigEndian = 5,
    /// <summary>REG_LINK.</summary>
    Link = 6,
    /// <summary>REG_MULTI_SZ.</summary>
    MultiString = 7,
    /// <summary>REG_RESOURCE_LIST.</summary>
    ResourceList = 8,
    /// <summary>REG_FULL_RESOURCE_DESCRIPTOR.</summary>
    FullResourceDescriptor = 9,
    /// <summary>REG_RESOURCE_REQUIREMENTS_LIST.</summary>
    ResourceRequirementsList = 10,
    /// <summary>REG_QWORD (little-endian).</summary>
    QWord = 11,
}

/// <summary>Names of registry value types.</summary>
public static class RegistryValueTypes
{
    private static readonly string[] s_names =
    [
        "REG_NONE", "REG_SZ", "REG_EXPAND_SZ", "REG_BINARY", "REG_DWORD", "REG_DWORD_BIG_ENDIAN", "REG_LINK",
        "REG_MULTI_SZ", "REG_RESOURCE_LIST", "REG_FULL_RESOURCE_DESCRIPTOR", "REG_RESOURCE_REQUIREMENTS_LIST", "REG_QWORD",
    ];

    /// <summary>The REG_* name of a type number; custom numbers print as hex(N).</summary>
    public static string Name(uint rawType) => rawType < s_names.Length ? s_names[rawType] : $"hex({rawType:x})";

    /// <summary>The REG_* name of a type.</summary>
    public static string Name(RegistryValueType type) => Name((uint)type);

    /// <summary>Parses a REG_* name (case-insensitive), including REG_DWORD_LITTLE_ENDIAN and REG_QWORD_LITTLE_ENDIAN.</summary>
    public static bool TryParse(string name, out RegistryValueType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.ToUpperInvariant();
        switch (upper)
        {
            case "REG_DWORD_LITTLE_ENDIAN":
                type = RegistryValueType.DWord;
                return true;
            case "REG_QWORD_LITTLE_ENDIAN":
                type = RegistryValueType.QWord;
                return true;
        }

        var index = Array.IndexOf(s_names, upper);
        type = (RegistryValueType)(uint)Math.Max(index, 0);
        return index >= 0;
    }
}
