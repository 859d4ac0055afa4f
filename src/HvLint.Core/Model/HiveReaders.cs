namespace HvLint.Core.Model;

/// <summary>
/// The front ends that read registry root names. Each accepts its own set of spellings; the
/// one table of names says which reader accepts which spelling (<see cref="RegistryHives.Names"/>).
/// All of them match case-insensitively.
/// </summary>
[Flags]
public enum HiveReaders
{
    /// <summary>No reader accepts the spelling.</summary>
    None = 0,

    /// <summary>regedit reading a .reg key line, [HKEY_LOCAL_MACHINE\...] (Wine regproc.c reg_class_namesW): full names only.</summary>
    Regedit = 1,

    /// <summary>reg.exe key arguments, HKLM\... or HKEY_LOCAL_MACHINE\... (Wine reg.c root_rels).</summary>
    RegExe = 2,

    /// <summary>The PowerShell registry drives, HKLM:\... and HKCU:\....</summary>
    PowerShellDrive = 4,

    /// <summary>The root after PowerShell's provider prefix, Registry::HKEY_LOCAL_MACHINE\... or Registry::HKLM\....</summary>
    PowerShellProvider = 8,
}
