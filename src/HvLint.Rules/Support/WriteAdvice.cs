using System.Globalization;
using HvLint.Core.Model;

namespace HvLint.Rules;

/// <summary>
/// Advice in the syntax of the file: "how to write name = value of type T" as a .reg line,
/// reg.exe switches, registry cmdlet parameters, a .NET SetValue call or DSC Registry
/// properties, so that a message never tells a DSC author to "add /t REG_DWORD".
/// </summary>
internal static class WriteAdvice
{
    /// <summary>
    /// A sentence saying how to write <paramref name="write"/>'s value as <paramref name="type"/>
    /// with <paramref name="number"/> (or with no particular data when null), ending with a period.
    /// </summary>
    public static string HowToWrite(RegistryWrite write, RegistryValueType type, ulong? number)
    {
        ArgumentNullException.ThrowIfNull(write);
        var name = write.DisplayName;
        return write.Form switch
        {
            WriteForm.RegFile => $"Write {RegLine(write.ValueName ?? string.Empty, type, number)}.",
            WriteForm.RegExe => $"Write /t {Facts.Type(type)}" + (number is { } n ? $" /d {Facts.Decimal(n)}." : "."),
            // -Type is Set-ItemProperty's parameter and an alias of New-ItemProperty's -PropertyType.
            WriteForm.RegistryCmdlet => $"Write -Type {Kind(type)}" + (number is { } c ? $" -Value {Facts.Decimal(c)}." : "."),
            WriteForm.DotNet => DotNet(name, type, number),
            WriteForm.CSharp => CSharp(write.ValueName ?? string.Empty, type, number),
            WriteForm.DscRegistry => $"Write ValueType = '{Kind(type)}'" + (number is { } d ? $" and ValueData = '{Facts.Decimal(d)}'." : "."),
            _ => number is { } u ? $"Write it as a {Facts.Type(type)} with the number {Facts.Number(u)}." : $"Write it as a {Facts.Type(type)}.",
        };
    }

    /// <summary>
    /// A key as the write's syntax spells it: HKLM\... for reg.exe, HKLM:\... (or
    /// Registry::...) for the cmdlets, the full name otherwise (a .reg section, Registry.SetValue, DSC).
    /// </summary>
    public static string KeyPath(Write write, RegistryHive hive, IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(write);
        var rest = string.Join('\\', segments);
        var full = RegistryHives.FullName(hive) + (rest.Length > 0 ? "\\" + rest : string.Empty);
        return write.Form switch
        {
            WriteForm.RegExe => RegistryHives.ShortName(hive) + (rest.Length > 0 ? "\\" + rest : string.Empty),
            // PowerShell has drives for HKLM and HKCU only.
            WriteForm.RegistryCmdlet => RegistryHives.DriveName(hive) is { } drive ? $"{drive}:\\{rest}" : RegistryHives.ProviderPrefix + full,
            _ => full,
        };
    }

    /// <summary>How to make a write reach the 64-bit view in the write's syntax, as a sentence.</summary>
    public static string To64BitView(Write write, string keyPath)
    {
        ArgumentNullException.ThrowIfNull(write);
        return write.Form switch
        {
            WriteForm.RegExe => $"Remove /reg:32 (or write /reg:64) so that it goes to '{keyPath}' in the 64-bit view.",
            WriteForm.DotNet => $"Open the base key with [Microsoft.Win32.RegistryView]::Registry64 so that it goes to '{keyPath}'.",
            WriteForm.CSharp => $"Open the base key with RegistryView.Registry64 so that it goes to '{keyPath}'.",
            _ => $"Write to '{keyPath}' in the 64-bit view.",
        };
    }

    /// <summary>A BCD identifier as the command's shell needs it: '{current}' in PowerShell, {current} in cmd.exe.</summary>
    public static string BcdObject(Write write, string id)
    {
        ArgumentNullException.ThrowIfNull(write);
        return write.Shell == CommandShell.PowerShell ? $"'{id}'" : id;
    }

    /// <summary>The name of a type as PowerShell, .NET and DSC spell it (RegistryValueKind).</summary>
    public static string Kind(RegistryValueType type) => type switch
    {
        RegistryValueType.DWord => "DWord",
        RegistryValueType.QWord => "QWord",
        RegistryValueType.ExpandString => "ExpandString",
        RegistryValueType.MultiString => "MultiString",
        RegistryValueType.Binary => "Binary",
        _ => "String",
    };

    private static string RegLine(string name, RegistryValueType type, ulong? number)
    {
        var quoted = name.Length == 0 ? "@" : "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        return (type, number) switch
        {
            (RegistryValueType.DWord, { } n) => string.Create(CultureInfo.InvariantCulture, $"{quoted}=dword:{n:x8}"),
            (RegistryValueType.DWord, null) => $"{quoted}=dword:<8 hex digits>",
            (RegistryValueType.QWord, { } q) => $"{quoted}=hex(b):{string.Join(',', BitConverter.GetBytes(q).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)))}",
            (RegistryValueType.QWord, null) => $"{quoted}=hex(b):<8 bytes, least significant first>",
            (RegistryValueType.String, _) => $"{quoted}=\"...\"",
            (RegistryValueType.ExpandString, _) => $"{quoted}=hex(2):<UTF-16LE bytes>",
            (RegistryValueType.MultiString, _) => $"{quoted}=hex(7):<UTF-16LE strings, each ending in 00,00>",
            _ => $"{quoted}=hex:<bytes>",
        };
    }

    // The same call in C#: a string literal for the name, RegistryValueKind.X for the kind.
    private static string CSharp(string name, RegistryValueType type, ulong? number)
    {
        var literal = "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var kind = $"RegistryValueKind.{Kind(type)}";
        if (number is not { } n)
        {
            return $"Pass the kind as SetValue's last argument: {literal}, <value>, {kind}.";
        }

        if (type == RegistryValueType.DWord && n > int.MaxValue && n <= uint.MaxValue)
        {
            var signed = unchecked((int)(uint)n).ToString(CultureInfo.InvariantCulture);
            return $"Pass the kind as SetValue's last argument: {literal}, unchecked((int){Facts.Decimal(n)}), {kind} (SetValue converts a DWord's data to an Int32, so {Facts.Decimal(n)} is written as {signed}).";
        }

        return $"Pass the kind as SetValue's last argument: {literal}, {Facts.Decimal(n)}{(type == RegistryValueType.QWord ? "L" : string.Empty)}, {kind}.";
    }

    private static string DotNet(string name, RegistryValueType type, ulong? number)
    {
        var kind = $"[Microsoft.Win32.RegistryValueKind]::{Kind(type)}";
        if (number is not { } n)
        {
            return $"Pass the kind as SetValue's last argument: '{name}', <value>, {kind}.";
        }

        // With RegistryValueKind.DWord, SetValue converts the data to an Int32: a number above
        // Int32.MaxValue throws, so it is written as the Int32 with the same bits.
        if (type == RegistryValueType.DWord && n > int.MaxValue && n <= uint.MaxValue)
        {
            var signed = unchecked((int)(uint)n).ToString(CultureInfo.InvariantCulture);
            return $"Pass the kind as SetValue's last argument: '{name}', {signed}, {kind} (SetValue converts a DWord's data to an Int32, so {Facts.Decimal(n)} is written as {signed}).";
        }

        return $"Pass the kind as SetValue's last argument: '{name}', {Facts.Decimal(n)}, {kind}.";
    }
}
