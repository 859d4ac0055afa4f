using HvLint.Core.Catalog;

namespace HvLint.LanguageServer.Tests;

/// <summary>
/// Completion at every position of half-typed buffers: it never throws, and every proposal's
/// edit is on the cursor's line and covers the cursor, as LSP requires of a completion edit.
/// </summary>
public sealed class CompletionRobustnessTests
{
    public static TheoryData<string, string> Buffers => new()
    {
        { "reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"\r\n\"Enable\r\n\"EnableCompression\"=\r\n\"EnableCompression\"=dword:\r\n\"A\\\"B\"=hex:01,\\\r\n  02\r\n@=\"x\"\r\n[-HKEY_LOCAL_MACHINE\\\r\n[\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\\r\n\"\u00e9\uD83D\uDE00\"=dword:1\r\n" },
        { "reg", "[\r[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmbus\r\"Sta\r\"\"=\r=\r\\" },
        { "reg", string.Empty },
        { "cmd", "@echo off\r\nreg add \"\r\nreg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v \"\r\nreg add HKLM\\ /v /t /d\r\nreg & reg add | bcdedit\r\nbcdedit /set {\r\nbcdedit /set {current} hypervisorlaunchtype \"\r\nbcdedit /deletevalue {bootmgr} \r\nbcdedit /store x.bcd /set {hypervisorsettings} hypervisordebug on\r\n" },
        { "ps1", "Set-ItemProperty\nSet-ItemProperty -Path 'HKLM:\\\nSet-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name '\nNew-ItemProperty Registry::HKEY_LOCAL_MACHINE\\SYSTEM/CurrentControlSet -N\nsp -Path:'x' -Name -Type -Value\nbcdedit /set '{current}' vsmlaunchtype ; reg add \"HKLM\\ # comment\n\"unclosed\n" },
    };

    [Theory]
    [MemberData(nameof(Buffers))]
    public void Every_position_answers_and_every_edit_covers_the_cursor_on_its_line(string extension, string text)
    {
        var syntax = Completions.SyntaxOf(new Uri(Path.Combine(Path.GetTempPath(), "buffer." + extension)).AbsoluteUri, null);
        Assert.NotEqual(DocumentSyntax.None, syntax);
        var lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        var offered = 0;
        for (var line = 0; line <= lines.Length; line++)
        {
            var length = line < lines.Length ? lines[line].Length : 0;
            for (var character = 0; character <= length + 1; character++)
            {
                var list = Completions.At(text, new Position(line, character), syntax, CatalogLoader.BuiltIn);
                foreach (var item in list.Items)
                {
                    var range = item.TextEdit!.Range;
                    var cursor = Math.Min(character, length);
                    Assert.True(
                        range.Start.Line == line && range.End.Line == line && range.Start.Character <= cursor && cursor <= range.End.Character && range.End.Character <= length,
                        $"{item.Label} at {line}:{character}: {range}");
                    offered++;
                }
            }
        }

        Assert.True(offered > 0 || text.Length == 0, "some position of the buffer offers something");
    }
}
