using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;

namespace HvLint.Parsers.Commands;

/// <summary>
/// The script findings of the reg.exe and bcdedit interpreters (HV0900-HV0949): a command line
/// that the tool rejects, or that does something other than it seems to (docs/formats.md §2, §3). Both
/// the batch and the PowerShell front end list them in their <c>Diagnostics</c>.
/// </summary>
internal static class CommandDiagnostics
{
    public static readonly RuleDescriptor RegMissingForceSwitch = new(
        "HV0900",
        "RegMissingForceSwitch",
        "reg add or reg delete runs without /f, so an unattended script stops at a Yes/No prompt.",
        "Without /f, reg add asks 'Value ... exists, overwrite (Yes/No)?' whenever the value is already there, and reg delete always asks for confirmation. A script run by a scheduler, a deployment tool or a remote session waits for an answer that never comes, so this and every later setting is never applied.",
        RuleCategory.Script,
        Severity.Warning)
    {
        Fix = new FixInfo(FixApplicability.Safe, "Adds /f after the command's last argument, so reg.exe does not ask for confirmation."),
    };

    public static readonly RuleDescriptor RegAddOverwritesDefaultValue = new(
        "HV0901",
        "RegAddOverwritesDefaultValue",
        "reg add without /v or /ve writes the key's default value.",
        "reg add always sets a value. Without /v (a named value) or /ve (the default value, stated on purpose) it sets the key's unnamed default value: to an empty string when no /d is given, or to the /d data. This usually means a forgotten /v, and it silently replaces whatever default value the key had.",
        RuleCategory.Script,
        Severity.Warning);

    public static readonly RuleDescriptor RegRejectsData = new(
        "HV0902",
        "RegRejectsData",
        "reg.exe rejects the /d data for the given type, so nothing is written.",
        "reg.exe parses /d by the /t type: REG_DWORD and REG_QWORD take a decimal number or a 0x hexadecimal number, REG_BINARY a string of hexadecimal digits, REG_MULTI_SZ strings separated by \\0 (or the /s character) without empty items. Anything else, a number out of range, a negative number or a REG_DWORD without /d makes reg.exe print an error and write nothing.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor RegInvalidSwitches = new(
        "HV0903",
        "RegInvalidSwitches",
        "reg.exe rejects the command line (a duplicate, unknown or incomplete switch, or an unknown /t type), so nothing is written.",
        "reg.exe checks its switches before it writes: each switch may appear once, /v and /ve (and /va) exclude each other, /reg:32 and /reg:64 exclude each other, /v, /t, /d and /s need an argument, the key must come first, and /t must name a type reg.exe knows. Otherwise it prints 'ERROR: Invalid syntax.' and the setting is not written.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor RegInvalidKey = new(
        "HV0904",
        "RegInvalidKey",
        "reg.exe does not accept the key name, so nothing is written.",
        "reg.exe takes a key as a root (HKLM, HKCU, HKCR, HKU, HKCC or their full names) followed by a backslash and the subkey path, optionally after \\\\computer\\ for a remote HKLM or HKU. A misspelt root, a PowerShell drive (HKLM:), a root followed by a lone backslash or a path ending in two backslashes makes reg.exe fail with 'Invalid key name'.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor RegUnknownOperation = new(
        "HV0905",
        "RegUnknownOperation",
        "The first argument of reg is not an operation reg.exe knows, so nothing is written.",
        "reg.exe starts with an operation: add, delete, import, query, export, copy, save, restore, load, unload, compare or flags. A misspelt operation makes it print an error and do nothing, so the setting the line was meant to write is missing.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor BcdInvalidIdentifier = new(
        "HV0920",
        "BcdInvalidIdentifier",
        "The bcdedit object identifier is not a well-known identifier or a GUID in braces, so bcdedit fails.",
        "bcdedit names boot entries by a well-known identifier such as {current}, {default} or {hypervisorsettings}, or by a GUID written {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}; the braces are required. A misspelt name, a GUID without braces or with a wrong digit count, or (in PowerShell) an unquoted {current} that PowerShell turns into a script block makes bcdedit fail with 'The parameter is incorrect', and nothing is set.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor BcdMissingArgument = new(
        "HV0921",
        "BcdMissingArgument",
        "A bcdedit command lacks an argument it needs, so bcdedit fails.",
        "bcdedit /set needs an element and a value, /deletevalue an element, /store a file name, /copy an identifier and /d with a description. With an argument missing bcdedit prints an error and changes nothing.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor BcdInvalidOption = new(
        "HV0922",
        "BcdInvalidOption",
        "bcdedit does not know the command or option, so it fails without changing anything.",
        "bcdedit commands start with a switch such as /set, /deletevalue, /hypervisorsettings or /dbgsettings, and /hypervisorsettings and /dbgsettings take a debugger type followed by NAME:value options from a fixed list. A misspelt command, a misspelt option or a debugger type bcdedit does not know makes it print an error and leave the boot configuration unchanged.",
        RuleCategory.Script,
        Severity.Error);

    /// <summary>Every descriptor, ordered by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        RegMissingForceSwitch, RegAddOverwritesDefaultValue, RegRejectsData, RegInvalidSwitches, RegInvalidKey, RegUnknownOperation,
        BcdInvalidIdentifier, BcdMissingArgument, BcdInvalidOption,
    ];
}
