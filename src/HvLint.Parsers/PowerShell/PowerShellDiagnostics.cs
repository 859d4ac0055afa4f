using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// The findings of the PowerShell front end: parse findings (HV0040-HV0069), where PowerShell
/// does not run the script as written, and script findings (HV0950-HV0999), where a cmdlet,
/// path or argument makes a write go somewhere else or not happen (docs/formats.md §3.5, §4).
/// </summary>
internal static class PowerShellDiagnostics
{
    public static readonly RuleDescriptor PowerShellSyntaxError = New(
        "HV0040",
        "PowerShellSyntaxError",
        "The script has a syntax error, so PowerShell runs none of it.",
        "PowerShell parses a whole script before it runs any of it. A syntax error anywhere (a missing brace or quote, a stray character) stops the script before its first line, so none of its settings reach the host.",
        RuleCategory.Parse,
        Severity.Error);

    public static readonly RuleDescriptor PowerShell7OnlySyntax = New(
        "HV0041",
        "PowerShell7OnlySyntax",
        "The script uses syntax that only PowerShell 7 understands, so Windows PowerShell 5.1 runs none of it.",
        "Windows Server runs scripts with Windows PowerShell 5.1 unless PowerShell 7 is installed and used. The ternary operator (a ? b : c), pipeline chains (&&, ||) and the null-coalescing operators (??, ??=) are syntax errors there, so 5.1 refuses the whole script.",
        RuleCategory.Parse,
        Severity.Warning);

    public static readonly RuleDescriptor Utf8ScriptWithoutBom = New(
        "HV0042",
        "Utf8ScriptWithoutBom",
        "The script has non-ASCII characters in UTF-8 without a byte-order mark, so Windows PowerShell 5.1 reads them garbled.",
        "Windows PowerShell 5.1 reads a script without a byte-order mark in the system's ANSI code page. Each non-ASCII character saved as UTF-8 becomes two or three other characters, so names, paths and strings written to the registry differ from the script.",
        RuleCategory.Parse,
        Severity.Warning);

    public static readonly RuleDescriptor TooComplexToFollow = New(
        "HV0043",
        "TooComplexToFollow",
        "An expression, a loop or the script is too deep or too large for HvLint to follow, so the values in it are not checked.",
        "HvLint follows an expression through at most 200 levels of parentheses, operators and variables that read other variables, runs loop bodies at most 10,000 times in all per script, and reads a script whose brackets nest at most 1,000 levels deep. Past that the value or loop variable is treated as unknown (or the script is not read), so a setting written with it is neither resolved nor checked. Real tuning scripts never come near these limits; generated or hostile code does.",
        RuleCategory.Parse,
        Severity.Note);

    public static readonly RuleDescriptor RelativeRegistryPath = New(
        "HV0950",
        "RelativeRegistryPath",
        "A registry path has no drive colon (HKLM\\...), so PowerShell resolves it relative to the current directory.",
        "PowerShell reads 'HKLM\\SOFTWARE\\...' as a relative path below the current location, usually a folder such as C:\\Users\\admin, not as a registry key. The cmdlet fails with 'Cannot find path' or, with New-Item, creates a folder, and the setting is never written. Write 'HKLM:\\SOFTWARE\\...' or 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\...'.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor DriveRelativeRegistryPath = New(
        "HV0951",
        "DriveRelativeRegistryPath",
        "A registry path has no backslash after the drive (HKLM:SOFTWARE\\...), so it is relative to the drive's current location.",
        "'HKLM:SOFTWARE' means 'SOFTWARE below the current location of the HKLM: drive', which is the root only until some command changes it. After a Set-Location or Push-Location into HKLM: the write goes to a different key, or fails. Write 'HKLM:\\SOFTWARE\\...'.",
        RuleCategory.Script,
        Severity.Warning,
        new FixInfo(FixApplicability.Safe, "Adds the backslash after the drive (HKLM:SOFTWARE becomes HKLM:\\SOFTWARE), when the path is a literal."));

    public static readonly RuleDescriptor UnquotedBcdIdentifier = New(
        "HV0952",
        "UnquotedBcdIdentifier",
        "A BCD identifier such as {current} is passed to bcdedit without quotes, so PowerShell passes a script block instead.",
        "In PowerShell an unquoted {current} is a script block. PowerShell hands a script block to a native program as '-encodedCommand <base64> -inputFormat xml -outputFormat text', so bcdedit rejects the command ('The parameter is incorrect') and the boot setting is not changed. cmd.exe needs no quotes; PowerShell does.",
        RuleCategory.Script,
        Severity.Error,
        new FixInfo(FixApplicability.Safe, "Puts the identifier in single quotes ('{current}'), so bcdedit receives it as text."));

    public static readonly RuleDescriptor RegTypeNameInPowerShell = New(
        "HV0953",
        "RegTypeNameInPowerShell",
        "A registry type is given as REG_DWORD (reg.exe spelling), which PowerShell rejects.",
        "-Type and -PropertyType take the names of Microsoft.Win32.RegistryValueKind: String, ExpandString, Binary, DWord, MultiString, QWord. PowerShell does not know REG_DWORD or REG_SZ, fails to bind the parameter and does not write the value.",
        RuleCategory.Script,
        Severity.Error,
        new FixInfo(FixApplicability.Safe, "Writes the RegistryValueKind name of the reg.exe type (REG_DWORD becomes DWord), when the type is a literal."));

    public static readonly RuleDescriptor NewItemForceRecreatesKey = New(
        "HV0954",
        "NewItemForceRecreatesKey",
        "New-Item -Force on an existing Hyper-V key deletes the key with all its values and subkeys before the script writes into it.",
        "For registry keys New-Item -Force does not mean 'create if missing': an existing key is deleted and created again, empty. The values the script writes afterwards are then the only ones left; every other setting in that key and below it, including those Hyper-V itself stores there, is lost.",
        RuleCategory.Script,
        Severity.Warning);

    public static readonly RuleDescriptor NewItemPropertyAlreadyExists = New(
        "HV0955",
        "NewItemPropertyAlreadyExists",
        "New-ItemProperty without -Force writes a value the script has already written, so it fails and the new data is not written.",
        "New-ItemProperty refuses to overwrite a value that exists ('The property already exists') unless -Force is given. When the script has already written the value, the second write always fails and the value keeps its earlier data.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor ReadOnlyRegistryKey = New(
        "HV0956",
        "ReadOnlyRegistryKey",
        "A .NET registry key opened read-only is written to, so SetValue or DeleteValue throws.",
        "RegistryKey.OpenSubKey(name) opens the key for reading only. SetValue and DeleteValue on it throw UnauthorizedAccessException ('Cannot write to the registry key'), so nothing is written. Open the key with OpenSubKey(name, $true) or CreateSubKey(name).",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor ValueNotConvertible = New(
        "HV0957",
        "ValueNotConvertible",
        "The value cannot be converted to the registry type given with -Type, so PowerShell writes nothing.",
        "With -Type DWord or -Type QWord PowerShell converts -Value to a number: decimal digits, or hexadecimal with a 0x prefix. Text such as '0000000a', 'on' or '8 MB' cannot be converted, the cmdlet fails with 'Cannot convert value' and the value is not written.",
        RuleCategory.Script,
        Severity.Error);

    public static readonly RuleDescriptor CmdletParameterNotBound = New(
        "HV0958",
        "CmdletParameterNotBound",
        "A registry cmdlet is given a parameter name that is ambiguous or that it does not have, so PowerShell refuses the command and nothing is written.",
        "PowerShell accepts any unambiguous start of a parameter name: -Na for -Name, -Va for -Value. A start that fits several parameters (-Pa: -Path or -PassThru for Set-ItemProperty) or none (a misspelt -Proprety) stops the command before it runs, with 'Parameter cannot be processed because the parameter name is ambiguous' or 'A parameter cannot be found that matches parameter name', and the value is not written. Write enough of the name to pick one parameter, or the whole name.",
        RuleCategory.Script,
        Severity.Error);

    /// <summary>Every descriptor, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        PowerShellSyntaxError, PowerShell7OnlySyntax, Utf8ScriptWithoutBom, TooComplexToFollow,
        RelativeRegistryPath, DriveRelativeRegistryPath, UnquotedBcdIdentifier, RegTypeNameInPowerShell,
        NewItemForceRecreatesKey, NewItemPropertyAlreadyExists, ReadOnlyRegistryKey, ValueNotConvertible, CmdletParameterNotBound,
    ];

    private static RuleDescriptor New(string id, string name, string title, string description, RuleCategory category, Severity severity, FixInfo? fix = null) =>
        new(id, name, title, description, category, severity) { Fix = fix };
}
