namespace HvLint.Cli.Tests.Corpus;

/// <summary>The oracle's reader of Wine's saved hives: a misread value would hide a real difference.</summary>
public sealed class WineRegistryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_every_value_form_wine_saves()
    {
        _dir.Write("system.reg", """
            WINE REGISTRY Version 2
            ;; All keys relative to \\Machine

            #arch=win64

            [Software\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Worker] 1796562430
            #time=1dd8582b42985a6
            @="default"
            "Dword"=dword:0000000a
            "Quoted"="a\\b\"c"
            "Expand"=str(2):"%SystemRoot%\\x"
            "Multi"=str(7):"one\0two\0"
            "Binary"=hex:01,02,\
              ff
            "Qword"=hex(b):05,00,00,00,00,00,00,00

            [System\\ControlSet001\\Services\\vmsmp\\Parameters] 1796562430
            "Wide"="caf\x00e9"
            """.Replace("\n            ", "\n", StringComparison.Ordinal));

        var state = RegistryState.LoadWinePrefix(_dir.Path);

        var worker = state.Values(@"machine\software\microsoft\windows nt\currentversion\virtualization\worker");
        Assert.Equal("REG_SZ default", worker[""]);
        Assert.Equal("REG_DWORD 10", worker["dword"]);
        Assert.Equal("REG_SZ a\\b\"c", worker["quoted"]);
        Assert.Equal(@"REG_EXPAND_SZ %SystemRoot%\x", worker["expand"]);
        Assert.Equal("REG_MULTI_SZ one\0two", worker["multi"]);
        Assert.Equal("REG_BINARY 01 02 ff", worker["binary"]);
        Assert.Equal("REG_QWORD 5", worker["qword"]);

        // ControlSet001 is folded into CurrentControlSet; ancestors of a key exist.
        Assert.Equal("REG_SZ café", state.Values(@"machine\system\currentcontrolset\services\vmsmp\parameters")["wide"]);
        Assert.True(state.HasKey(@"machine\system\currentcontrolset\services"));
    }
}
