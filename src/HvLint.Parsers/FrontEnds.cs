using HvLint.Core.Engine;
using HvLint.Parsers.Batch;
using HvLint.Parsers.CSharp;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers;

/// <summary>Every front end, in one place: hosts compose the engine from this list.</summary>
public static class FrontEnds
{
    /// <summary>All front ends.</summary>
    public static IReadOnlyList<IWriteExtractor> All { get; } = [new RegFileExtractor(), new PowerShellScriptExtractor(), new BatchFileExtractor(), new CSharpFileExtractor()];
}
