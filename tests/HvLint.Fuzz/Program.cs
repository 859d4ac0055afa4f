using System.Text;
using HvLint.Core.Engine;
using HvLint.Parsers.Batch;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;
using SharpFuzz;

namespace HvLint.Fuzz;

/// <summary>
/// AFL++ entry point: `HvLint.Fuzz reg|batch|bcdedit|powershell` reads inputs from AFL's
/// shared memory (or one file given as a second argument, to replay a crash) and hands them to
/// one front end. Any exception escaping the front end is a crash for AFL; a hang is its timeout.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length is < 1 or > 2 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine("usage: HvLint.Fuzz reg|batch|bcdedit|powershell [input-file]");
            return 2;
        }

        if (args.Length == 2)
        {
            target(File.ReadAllBytes(args[1]));
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    private static Action<byte[]>? Target(string name) => name switch
    {
        "reg" => bytes => Check(new RegFileExtractor().Extract("fuzz.reg", bytes)),
        "batch" => bytes => Check(new BatchFileExtractor().Extract("fuzz.cmd", bytes)),
        // bcdedit's interpreter is reached through cmd: every input line becomes a bcdedit command.
        "bcdedit" => bytes => Check(new BatchFileExtractor().Extract("fuzz.cmd", Bcdedit(bytes))),
        "powershell" => bytes => Check(new PowerShellScriptExtractor().Extract("fuzz.ps1", bytes)),
        _ => null,
    };

    private static byte[] Bcdedit(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var lines = text.Split('\n').Select(l => "bcdedit " + l.TrimEnd('\r'));
        return Encoding.Latin1.GetBytes(string.Join("\r\n", lines));
    }

    // The front end's contract: spans inside the text. A broken one is a crash for AFL.
    private static void Check(ExtractionResult result)
    {
        var length = result.Source.Text.Length;
        foreach (var d in result.Diagnostics)
        {
            var span = d.Location.Span;
            if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > length)
            {
                throw new InvalidOperationException($"{d.Rule.Id}: span {span.Start}+{span.Length} outside a text of {length}");
            }
        }
    }
}
