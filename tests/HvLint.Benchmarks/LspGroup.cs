using System.Diagnostics;
using System.Globalization;
using System.Management.Automation.Language;
using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Rules;

namespace HvLint.Benchmarks;

/// <summary>
/// The language server's rows (issue 16): the real 'hvlint lsp' process, edited one keystroke at a
/// time. Latency is the time from writing a didChange to reading the publishDiagnostics of that
/// version, on a client that waits for each before the next edit.
/// </summary>
internal sealed partial class Harness
{
    private const int LspLines = 5_000;
    private const int LspEdits = 200;
    private const int LspPausedEdits = 50;
    private const double LspTargetMs = 20;
    private const double LspPowerShellRatio = 1.3;

    private readonly Lazy<LintEngine> _lspEngine = new(() => new LintEngine(CatalogLoader.BuiltIn, FrontEnds.All, RuleSet.All));

    private void Lsp()
    {
        var load = Load();
        var inputs = new (string Name, string File, Func<EditedDocument> Make)[]
        {
            (".reg 5,000 lines", "tuning.reg", () => LspInputs.Reg(LspLines)),
            ("batch 5,000 lines", "tuning.cmd", () => LspInputs.Batch(LspLines)),
            ("PowerShell 5,000 lines", "tuning.ps1", () => LspInputs.PowerShell(LspLines)),
        };

        // The server's 150 ms pause after a keystroke would be most of every figure and hide the
        // lint; HVLINT_LSP_DEBOUNCE_MS=0 removes it for the target rows. The pause's own rows follow.
        using (var server = LspConnection.Start(_options.Hvlint, _work, new Dictionary<string, string> { ["HVLINT_LSP_DEBOUNCE_MS"] = "0" }))
        {
            foreach (var (name, file, make) in inputs)
            {
                var document = make();
                var cpuBefore = server.CpuTime();
                var (open, times, findings) = Edit(server, Input(file), document, LspEdits);
                var cpuPerEdit = (server.CpuTime() - cpuBefore).TotalMilliseconds / (LspEdits + 1);
                var p50 = Percentile(times, 0.50);
                var p95 = Percentile(times, 0.95);
                var note = $"{document.LineCount} lines, {LspEdits} edits, {findings}, no pause (HVLINT_LSP_DEBOUNCE_MS=0); load {load}";
                _table.Add(new Row(name, "didOpen -> diagnostics", Table.Milliseconds(open), "-", double.NaN, "-", Verdict.None));

                // What a loaded machine inflates less than wall time: the server's CPU time per
                // edit, and the CPU time of the engine's lint of the same buffer in this process.
                var bytes = System.Text.Encoding.UTF8.GetBytes(document.Text);
                var lintCpu = CpuPerCall(() => _lspEngine.Value.LintBytes(file, bytes), 20);
                _table.Add(new Row(name, "server CPU per edit", Table.Milliseconds(cpuPerEdit), "engine lint in process, CPU " + Table.Milliseconds(lintCpu), cpuPerEdit / lintCpu, "-", Verdict.None));
                if (document.LanguageId == "powershell")
                {
                    // The reference: PowerShell's parser on the same buffer (the last version), in this process, warm.
                    var text = document.Text;
                    var parse = Times(() => Parser.ParseInput(text, out _, out _), 21);
                    var parseP50 = Table.Median(parse.Skip(1)) * 1000;
                    var parseCpu = CpuPerCall(() => Parser.ParseInput(text, out _, out _), 20);
                    _table.Add(new Row(name, "didChange -> diagnostics, p50", Table.Milliseconds(p50), "Parser.ParseInput p50 " + Table.Milliseconds(parseP50), p50 / parseP50, "<= 1.3x", Table.AtMost(p50 / parseP50, LspPowerShellRatio), note));
                    _table.Add(new Row(name, "didChange -> diagnostics, p95", Table.Milliseconds(p95), "Parser.ParseInput p50 " + Table.Milliseconds(parseP50), p95 / parseP50, "-", Verdict.None));
                    _table.Add(new Row(name, "server CPU per edit, vs parse", Table.Milliseconds(cpuPerEdit), "Parser.ParseInput, CPU " + Table.Milliseconds(parseCpu), cpuPerEdit / parseCpu, "-", Verdict.None));
                }
                else
                {
                    _table.Add(new Row(name, "didChange -> diagnostics, p50", Table.Milliseconds(p50), "-", double.NaN, "-", Verdict.None, note));
                    _table.Add(new Row(name, "didChange -> diagnostics, p95", Table.Milliseconds(p95), "-", double.NaN, "<= 20 ms", Table.AtMost(p95, LspTargetMs)));
                }
            }
        }

        // As an editor sees it: the server's own pause included.
        using (var server = LspConnection.Start(_options.Hvlint, _work, new Dictionary<string, string>()))
        {
            foreach (var (name, file, make) in inputs)
            {
                var (_, times, _) = Edit(server, Input("paused-" + file), make(), LspPausedEdits);
                _table.Add(new Row(name, "with the 150 ms pause, p50/p95", Table.Milliseconds(Percentile(times, 0.50)) + " / " + Table.Milliseconds(Percentile(times, 0.95)), "-", double.NaN, "-", Verdict.None, $"{LspPausedEdits} edits, the server's default"));
            }
        }

        LspMemory();
    }

    // Memory over a long session: one document edited 1,000 times, then 200 documents opened and
    // closed (a closed document is dropped, so the second hundred should not add to the first).
    private void LspMemory()
    {
        const string input = "hvlint lsp memory";
        using var server = LspConnection.Start(_options.Hvlint, _work, new Dictionary<string, string> { ["HVLINT_LSP_DEBOUNCE_MS"] = "0" });
        var (started, _) = server.Memory();
        var document = LspInputs.Reg(LspLines);
        Edit(server, Input("memory.reg"), document, 1_000);
        var (afterEdits, peakEdits) = server.Memory();
        _table.Add(new Row(input, "RSS after 1,000 edits", Table.MB(afterEdits) + " (peak " + Table.MB(peakEdits) + ")", "after initialize " + Table.MB(started), afterEdits / (double)started, "-", Verdict.None, ".reg 5,000 lines, VmRSS and VmHWM"));

        var text = document.Text;
        long after100 = 0;
        for (var i = 1; i <= 200; i++)
        {
            var uri = new Uri(Input(string.Create(CultureInfo.InvariantCulture, $"opened{i:D3}.reg"))).AbsoluteUri;
            server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "reg", version = 1, text } });
            server.WaitForPublish(uri, 1);
            server.Notify("textDocument/didClose", new { textDocument = new { uri } });
            server.WaitForPublish(uri, null);
            if (i == 100)
            {
                after100 = server.Memory().Rss;
            }
        }

        var (after200, peak200) = server.Memory();
        var growth = after200 / (double)after100;
        _table.Add(new Row(input, "RSS after opening+closing 200", Table.MB(after200) + " (peak " + Table.MB(peak200) + ")", "after 100 " + Table.MB(after100), growth, "<= 1.2x (bounded)", Table.AtMost(growth, 1.2), "each a 5,000-line .reg"));
    }

    // Opens the document, makes the edits one at a time (each waits for its diagnostics), closes it.
    // The time to the first diagnostics, the edits' times in ms, and the findings at the end.
    private static (double OpenMs, List<double> Times, string Findings) Edit(LspConnection server, string path, EditedDocument document, int edits)
    {
        var uri = new Uri(path).AbsoluteUri;
        var opened = server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = document.LanguageId, version = 1, text = document.Text } });
        var (first, firstCount) = server.WaitForPublish(uri, 1);
        var times = new List<double>(edits);
        var count = firstCount;
        for (var k = 0; k < edits; k++)
        {
            var version = k + 2;
            var (line, start, end, newText) = document.Edit(k);
            var sent = server.Notify("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new[] { new { range = new { start = new { line, character = start }, end = new { line, character = end } }, text = newText } },
            });
            (var arrived, count) = server.WaitForPublish(uri, version);
            times.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
        }

        server.Notify("textDocument/didClose", new { textDocument = new { uri } });
        server.WaitForPublish(uri, null);
        return (Stopwatch.GetElapsedTime(opened, first).TotalMilliseconds, times, $"{firstCount} -> {count} findings");
    }

    // The CPU time (this process, user + system) of one call, over n calls after one untimed call.
    private static double CpuPerCall(Action action, int n)
    {
        action();
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        for (var i = 0; i < n; i++)
        {
            action();
        }

        self.Refresh();
        return (self.TotalProcessorTime - before).TotalMilliseconds / n;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
