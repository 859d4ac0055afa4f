using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;

namespace HvLint.Parsers.Reg;

/// <summary>
/// The parse findings of the .reg front end (HV0002-HV0033): each is a line or file that
/// regedit imports differently from how it reads, or does not import at all (docs/formats.md §1).
/// </summary>
internal static class RegDiagnostics
{
    public static readonly RuleDescriptor InvalidRegHeader = Error(
        "HV0002",
        "InvalidRegHeader",
        "The first line is not a header regedit accepts, so regedit imports nothing from the file.",
        "regedit compares the first line, after leading spaces and tabs, exactly and case-sensitively with 'Windows Registry Editor Version 5.00' or 'REGEDIT4'. A missing header, a blank first line, different casing or trailing text makes regedit refuse the whole file, so none of its settings reach the host.",
        new FixInfo(FixApplicability.Safe, "Corrects a header that differs from one regedit accepts only by trailing blanks, letter case or blank lines above it."));

    public static readonly RuleDescriptor Utf8ByteOrderMark = Warning(
        "HV0003",
        "Utf8ByteOrderMark",
        "The file starts with a UTF-8 byte-order mark, which regedit may not accept.",
        "regedit reads .reg files as UTF-16LE (with the FF FE byte-order mark) or as ANSI. Files saved as 'UTF-8 with BOM' are reported to fail with 'not a registry script' on some systems and to work on others, and Wine rejects them. Save the file as UTF-16LE ('Unicode') or as plain ANSI.");

    public static readonly RuleDescriptor UnsupportedRegEncoding = Error(
        "HV0004",
        "UnsupportedRegEncoding",
        "The file's bytes are not text regedit can read: big-endian UTF-16, UTF-16 without a byte-order mark, or NUL bytes.",
        "regedit only recognises UTF-16 little-endian with the FF FE byte-order mark; everything else is read byte by byte as ANSI. A big-endian or BOM-less UTF-16 file is rejected as 'not a registry script', and a NUL byte (usually from appending UTF-16 text to an ANSI file) cuts the line short.");

    public static readonly RuleDescriptor AbbreviatedRootKey = Error(
        "HV0005",
        "AbbreviatedRootKey",
        "A key line abbreviates the root key (HKLM, HKCU, ...), which regedit does not accept.",
        "reg.exe and PowerShell accept HKLM and HKCU, but regedit only knows the full root names. It does not open a key written as [HKLM\\...], so every value of that section is silently skipped.",
        new FixInfo(FixApplicability.Safe, "Writes the root key in full (HKLM becomes HKEY_LOCAL_MACHINE)."));

    public static readonly RuleDescriptor UnknownRootKey = Error(
        "HV0006",
        "UnknownRootKey",
        "A key line does not start with a registry root regedit knows.",
        "regedit only opens keys below HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS and HKEY_CURRENT_CONFIG. A misspelt root, a path copied with 'Computer\\' from the regedit address bar or a PowerShell 'Registry::' path is not opened, and the values of its section are silently skipped.");

    public static readonly RuleDescriptor MalformedKeyLine = Error(
        "HV0007",
        "MalformedKeyLine",
        "A key line is malformed, so regedit ignores it.",
        "A key line is '[' followed at once by the full key path and a closing ']'. With a space after '[', a missing bracket, or an empty name regedit ignores the line: the key is not created and the values below it go to the previous key or nowhere.");

    public static readonly RuleDescriptor KeyNameWhitespace = Warning(
        "HV0008",
        "KeyNameWhitespace",
        "A key name starts or ends with a space or tab, which becomes part of the name.",
        "regedit keeps every character between the brackets, so '[...\\Migration ]' creates a key called 'Migration ' next to the real 'Migration' key. Nothing reads the new key, so its values have no effect.");

    public static readonly RuleDescriptor MalformedValueLine = Error(
        "HV0009",
        "MalformedValueLine",
        "A value line is malformed, so regedit skips it.",
        "A value line is a double-quoted name (or @ for the default value), '=' and the data. An unquoted or unterminated name, or a name not followed by '=', makes regedit skip the line without a message, so the setting is never written.");

    public static readonly RuleDescriptor InvalidDwordData = Error(
        "HV0010",
        "InvalidDwordData",
        "dword: data is not 1 to 8 hexadecimal digits, so regedit skips the value.",
        "After dword: regedit expects 1 to 8 hexadecimal digits and nothing else but a ';' comment. A 0x prefix, a minus sign, decimal digits beyond f, more than 8 digits (even leading zeros) or extra text makes regedit skip the value.");

    public static readonly RuleDescriptor InvalidHexData = Error(
        "HV0011",
        "InvalidHexData",
        "hex data is not a comma-separated list of bytes, so regedit skips the value.",
        "hex: and hex(N): data is a list of one- or two-digit hexadecimal bytes separated by commas, continued on the next line only by ending a line with ',\\'. A number above ff, an empty element, a missing comma or a comma at the start of a continuation line makes regedit skip the whole value.");

    public static readonly RuleDescriptor InvalidStringData = Error(
        "HV0012",
        "InvalidStringData",
        "A quoted string is unterminated, has text after its closing quote, or contains \\0, so regedit skips the value.",
        "A string value is one double-quoted string on one line, with \\\\ for a backslash and \\\" for a quote. An escaped closing quote (a path ending in a backslash), text after the closing quote or a \\0 escape makes regedit skip the value.");

    public static readonly RuleDescriptor UnknownDataType = Error(
        "HV0013",
        "UnknownDataType",
        "The data does not start with a type regedit knows, so regedit skips the value.",
        "regedit knows exactly four data forms: \"string\", dword:, hex: and hex(N):, all lower case, and '-' to delete a value. Anything else (qword:, DWORD:, str:, an unquoted word or number) makes regedit skip the value without a message.");

    public static readonly RuleDescriptor ValueOutsideKey = Error(
        "HV0014",
        "ValueOutsideKey",
        "Value lines come where no key is open, so regedit skips them.",
        "Values are written to the key of the last key line. Before the first key line, and after a [-...] line that deletes a key, no key is open and regedit silently skips every value line until the next key line.");

    public static readonly RuleDescriptor DanglingContinuation = Error(
        "HV0015",
        "DanglingContinuation",
        "hex data ends with a line-continuation backslash but the next line is not hex data, so regedit loses both lines.",
        "When a line of hex data ends with '\\', regedit reads the next non-blank line as more bytes. If that line is a value or key line instead, regedit drops the hex value and also swallows that line, so two settings are lost (or, for a key line, the values below it land in the previous key).");

    public static readonly RuleDescriptor UnsupportedLineContinuation = Error(
        "HV0016",
        "UnsupportedLineContinuation",
        "A key, string or dword line ends with a backslash to continue on the next line, which regedit only supports for hex data.",
        "Only hex data can span lines. A key line, a quoted string or dword data ending in '\\' is not joined with the next line: the line is skipped and the next line is read on its own.");

    public static readonly RuleDescriptor UnknownEscapeSequence = Warning(
        "HV0017",
        "UnknownEscapeSequence",
        "A quoted string contains a backslash escape regedit does not know; the backslash is dropped.",
        "Inside quotes regedit knows only \\\\ and \\\" (and, in Wine, \\n and \\r). For any other backslash it warns and keeps only the next character, so \"D:\\Hyper-V\" is stored as \"D:Hyper-V\". Windows paths need doubled backslashes.");

    public static readonly RuleDescriptor HashCommentAfterData = Error(
        "HV0018",
        "HashCommentAfterData",
        "A '#' comment follows the data, which makes regedit skip the value.",
        "regedit accepts a ';' comment after the data, but '#' is not a comment character: text after the data that starts with '#' makes the value invalid and regedit skips it.",
        new FixInfo(FixApplicability.Safe, "Writes ';' for the '#' after the data of a string, dword or delete line, so the rest of the line is a comment."));

    public static readonly RuleDescriptor FuzzyRegHeader = Error(
        "HV0019",
        "FuzzyRegHeader",
        "The header starts with REGEDIT but is not REGEDIT4: regedit accepts the file and imports nothing.",
        "regedit treats a first line such as 'REGEDIT5', 'REGEDIT 4' or 'REGEDIT4 tuned' as a valid header, reports success and then imports none of the file's settings. The silent success hides that the host was not changed.",
        new FixInfo(FixApplicability.Safe, "Removes the blanks after a 'REGEDIT4' header."));

    public static readonly RuleDescriptor Windows31RegHeader = Warning(
        "HV0020",
        "Windows31RegHeader",
        "The header is the Windows 3.1 'REGEDIT', so regedit imports only 'HKEY_CLASSES_ROOT\\... = value' lines.",
        "A first line of exactly 'REGEDIT' selects the Windows 3.1 format, which sets default values under HKEY_CLASSES_ROOT only. Key and value lines in the modern format are ignored.");

    public static readonly RuleDescriptor InvalidHexType = Error(
        "HV0021",
        "InvalidHexType",
        "The type number in hex(N): is not a hexadecimal number from 0 to ffffffff, so regedit skips the value.",
        "hex(N): takes a hexadecimal type number without a 0x prefix, such as hex(2) for REG_EXPAND_SZ, hex(7) for REG_MULTI_SZ or hex(b) for REG_QWORD. A 0x prefix, an empty or over-large number or a missing '):' makes regedit skip the value.");

    public static readonly RuleDescriptor HashLineInHexContinuation = Error(
        "HV0022",
        "HashLineInHexContinuation",
        "A '#' line inside continued hex data ends the value, so regedit skips it.",
        "Inside hex data continued with '\\', regedit skips blank lines and ';' comment lines, but '#' is not a comment character: a '#' line aborts the hex value and the value is lost.");

    public static readonly RuleDescriptor MissingLineContinuation = Error(
        "HV0023",
        "MissingLineContinuation",
        "A line of hex bytes follows a hex value whose previous line does not end with '\\', so regedit ignores the bytes.",
        "regedit only joins hex data lines that end with ',\\'. Without the backslash it writes the value with the bytes of the first line alone and ignores the following line, so the stored data is silently truncated.");

    public static readonly RuleDescriptor MissingValueData = Error(
        "HV0024",
        "MissingValueData",
        "A value line has nothing after '=', so regedit skips it.",
        "regedit needs data after '=': a quoted string, dword:, hex: or hex(N):, or '-' to delete the value. With nothing after '=' the line is skipped and the value is neither set nor deleted.");

    public static readonly RuleDescriptor KeyNameContainsBracket = Warning(
        "HV0025",
        "KeyNameContainsBracket",
        "A key line has more than one ']', so the key name includes a ']' and whatever follows it.",
        "regedit closes the key name at the last ']' on the line. A comment or second key after the first ']' becomes part of the key name, so regedit creates a key nothing reads.");

    public static readonly RuleDescriptor TextAfterKeyLine = Warning(
        "HV0026",
        "TextAfterKeyLine",
        "Text after the closing ']' of a key line is ignored.",
        "regedit ignores everything after the closing bracket of a key line. A value written on the same line as its key is therefore never set.");

    public static readonly RuleDescriptor KeyNameTooLong = Error(
        "HV0027",
        "KeyNameTooLong",
        "A key name is longer than 255 characters, so Windows cannot create the key.",
        "The registry limits each key name to 255 characters. regedit cannot open or create a longer key, so the key and every value of its section are skipped.");

    public static readonly RuleDescriptor EmptyKeySegment = Warning(
        "HV0028",
        "EmptyKeySegment",
        "A key path has an empty segment (a doubled backslash or a backslash right after the root).",
        "Registry key paths separate names with single backslashes. A doubled backslash, or a backslash right after the root name, may make Windows reject the path; if it is accepted the key is the one without the empty segment. Write single backslashes.");

    public static readonly RuleDescriptor UnrecognizedLine = Warning(
        "HV0029",
        "UnrecognizedLine",
        "A line is neither a key line, a value line nor a ';' comment, so regedit ignores it.",
        "regedit silently ignores every line that does not start with '[', '\"' or '@'. Such a line is usually a comment with the wrong marker, but it may also be a setting that is not written. Comments should start with ';'.");

    public static readonly RuleDescriptor NewlineEscapeSequence = Note(
        "HV0030",
        "NewlineEscapeSequence",
        "A quoted string contains \\n or \\r, which Wine reads as a line break but Windows regedit may not.",
        "Wine's regedit turns \\n and \\r in quoted strings into line feed and carriage return, and Wine's export writes them; Windows regedit exports only \\\\ and \\\" and is not known to read \\n. The stored text may differ between the two.");

    public static readonly RuleDescriptor HexStringEncodingMismatch = Warning(
        "HV0031",
        "HexStringEncodingMismatch",
        "The bytes of a hex(1), hex(2) or hex(7) string do not match the file's encoding, so the stored text is garbled.",
        "regedit takes the bytes of hex(1), hex(2) and hex(7) as UTF-16LE in a UTF-16 file but as ANSI characters in an ANSI file. Bytes copied from a UTF-16 export into an ANSI file (25,00,53,00,...) store a string cut after its first character; single-byte text in a UTF-16 file stores unreadable characters.");

    public static readonly RuleDescriptor MultiStringNotDoubleTerminated = Warning(
        "HV0032",
        "MultiStringNotDoubleTerminated",
        "hex(7) data does not end with an empty string (a double NUL), so the REG_MULTI_SZ is not properly terminated.",
        "A REG_MULTI_SZ is a list of NUL-terminated strings followed by one more NUL. regedit only adds a single missing NUL, so a list without the final empty string is stored without its terminator and some readers run past its end or drop the last entry.");

    public static readonly RuleDescriptor Utf8WithoutBom = Warning(
        "HV0033",
        "Utf8WithoutBom",
        "The file contains UTF-8 characters but has no byte-order mark, so regedit reads them as ANSI and stores garbled text.",
        "Without the FF FE byte-order mark regedit reads a file in the system's ANSI code page. Non-ASCII characters saved as UTF-8 become two or three wrong characters each (é becomes Ã©), so names and strings no longer match what Windows reads.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        InvalidRegHeader, Utf8ByteOrderMark, UnsupportedRegEncoding, AbbreviatedRootKey, UnknownRootKey,
        MalformedKeyLine, KeyNameWhitespace, MalformedValueLine, InvalidDwordData, InvalidHexData,
        InvalidStringData, UnknownDataType, ValueOutsideKey, DanglingContinuation, UnsupportedLineContinuation,
        UnknownEscapeSequence, HashCommentAfterData, FuzzyRegHeader, Windows31RegHeader, InvalidHexType,
        HashLineInHexContinuation, MissingLineContinuation, MissingValueData, KeyNameContainsBracket, TextAfterKeyLine,
        KeyNameTooLong, EmptyKeySegment, UnrecognizedLine, NewlineEscapeSequence,
        HexStringEncodingMismatch, MultiStringNotDoubleTerminated, Utf8WithoutBom,
    ];

    private static RuleDescriptor Error(string id, string name, string title, string description, FixInfo? fix = null) =>
        new(id, name, title, description, RuleCategory.Parse, Severity.Error) { Fix = fix };

    private static RuleDescriptor Warning(string id, string name, string title, string description) =>
        new(id, name, title, description, RuleCategory.Parse, Severity.Warning);

    private static RuleDescriptor Note(string id, string name, string title, string description) =>
        new(id, name, title, description, RuleCategory.Parse, Severity.Note);
}
