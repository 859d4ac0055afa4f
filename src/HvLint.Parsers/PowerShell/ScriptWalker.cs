using System.Management.Automation.Language;
using HvLint.Core.Diagnostics;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// Walks a parsed script in source order and turns every registry and BCD write it can follow
/// into the write model: registry cmdlets, .NET registry calls, reg.exe and bcdedit, and DSC
/// Registry resources. Loops over a literal table are followed once per element, with the loop
/// variable bound to that element, so each write points at the element a person would edit.
/// </summary>
internal sealed partial class ScriptWalker
{
    // A generous bound on the elements followed per loop, so a pathological script stays fast.
    private const int MaxLoopElements = 5000;
    private const int MaxUnrolledIterations = 10_000;
    private readonly HashSet<int> _budgetLines = [];
    private int _unrolled;

    private readonly SourceText _source;
    private readonly CommandContext _context;
    private readonly ValueEvaluator _evaluator;
    private readonly string? _scriptDirectory;
    private readonly HashSet<int> _configurationOffsets;
    private readonly HashSet<(string Id, int Start, int Length)> _reported = [];

    public ScriptWalker(SourceText source, Ast root, CommandContext context, string? scriptDirectory, HashSet<int> configurationOffsets)
    {
        _source = source;
        _context = context;
        _scriptDirectory = scriptDirectory;
        _configurationOffsets = configurationOffsets;
        _evaluator = new ValueEvaluator(source.Text, new VariableTable(root), context);
        Root = root;
    }

    private Ast Root { get; }

    /// <summary>Walks the whole script, then runs the checks that compare writes.</summary>
    public void Walk()
    {
        Root.Visit(new Visitor(this, Scope.Empty));
        CheckRecreatedKeys();
    }

    private void Report(RuleDescriptor rule, TextSpan span, string message, HvLint.Core.Fixes.CodeFix? fix = null)
    {
        // A loop reports a finding about a literal outside its table once, not once per element.
        if (_reported.Add((rule.Id, span.Start, span.Length)))
        {
            _context.Report(rule, span, message, fix);
        }
    }

    private string Text(TextSpan span) => _source.GetText(span);

    private static IEnumerable<PsValue> Items(PsValue value) => value is PsArray a ? a.Items : [value];

    /// <summary>Follows a loop body once per element of a known collection, else once with the variable unknown.</summary>
    private void Iterate(PsValue collection, Ast body, Scope scope, string[] names, TextSpan loopSpan)
    {
        var elements = collection switch
        {
            PsArray a => a.Items,
            PsUnknown => null,
            _ => [collection],
        };
        // Nested loops multiply: two loops over 2,000 literals each took 106 s and 13.9 GB.
        // Past the file's budget a loop is followed once with its variable unknown, with a note.
        if (elements is not null && elements.Count > 1 && (_unrolled += elements.Count) > MaxUnrolledIterations)
        {
            if (_budgetLines.Add(_source.GetPosition(loopSpan.Start).Line))
            {
                Report(PowerShellDiagnostics.TooComplexToFollow, loopSpan, "The loops of this script run their bodies more than 10,000 times in all: HvLint follows this loop once with its variable unknown, so the writes inside it that use the variable are not checked.");
            }

            elements = null;
        }

        if (elements is null || elements.Count > MaxLoopElements)
        {
            var unknown = new PsUnknown(loopSpan);
            body.Visit(new Visitor(this, names.Aggregate(scope, (s, n) => s.Bind(n, unknown))));
            return;
        }

        foreach (var element in elements)
        {
            body.Visit(new Visitor(this, names.Aggregate(scope, (s, n) => s.Bind(n, element))));
        }
    }

    private sealed class Visitor(ScriptWalker walker, Scope scope) : AstVisitor2
    {
        public override AstVisitAction VisitForEachStatement(ForEachStatementAst forEachStatementAst)
        {
            forEachStatementAst.Condition.Visit(this);
            // Past the loop budget the collection is not even evaluated: an inner loop's table,
            // evaluated once per outer element, was quadratic work of its own.
            var collection = walker._unrolled > MaxUnrolledIterations
                ? new PsUnknown(ValueEvaluator.SpanOf(forEachStatementAst.Condition))
                : walker._evaluator.EvaluateStatement(forEachStatementAst.Condition, scope);
            walker.Iterate(collection, forEachStatementAst.Body, scope, [VariableNames.Of(forEachStatementAst.Variable.VariablePath)], ValueEvaluator.SpanOf(forEachStatementAst));
            return AstVisitAction.SkipChildren;
        }

        public override AstVisitAction VisitPipeline(PipelineAst pipelineAst)
        {
            // $table.GetEnumerator() | ForEach-Object { ... $_ ... }
            var elements = pipelineAst.PipelineElements;
            if (elements.Count < 2 || elements[0] is not CommandExpressionAst source)
            {
                return AstVisitAction.Continue;
            }

            var collection = walker._evaluator.Evaluate(source.Expression, scope);
            elements[0].Visit(this);
            for (var i = 1; i < elements.Count; i++)
            {
                if (i == 1 && elements[i] is CommandAst command && ForEachObjectBody(command) is { } body)
                {
                    walker.Iterate(collection, body, scope, ["_", "PSItem"], ValueEvaluator.SpanOf(pipelineAst));
                }
                else
                {
                    walker.Iterate(new PsUnknown(ValueEvaluator.SpanOf(elements[i])), elements[i], scope, ["_", "PSItem"], ValueEvaluator.SpanOf(elements[i]));
                }
            }

            return AstVisitAction.SkipChildren;
        }

        public override AstVisitAction VisitCommand(CommandAst commandAst) => walker.Command(commandAst, scope);

        public override AstVisitAction VisitInvokeMemberExpression(InvokeMemberExpressionAst methodCallAst)
        {
            // $settings.ForEach({ ... $_ ... })
            if (methodCallAst.Member is StringConstantExpressionAst { Value: var name } && name.Equals("ForEach", StringComparison.OrdinalIgnoreCase)
                && methodCallAst.Arguments is [ScriptBlockExpressionAst block])
            {
                methodCallAst.Expression.Visit(this);
                walker.Iterate(walker._evaluator.Evaluate(methodCallAst.Expression, scope), block.ScriptBlock, scope, ["_", "PSItem"], ValueEvaluator.SpanOf(methodCallAst));
                return AstVisitAction.SkipChildren;
            }

            // The target and the arguments run first: X.CreateSubKey('a').DeleteSubKeyTree('b').
            methodCallAst.Expression.Visit(this);
            foreach (var argument in methodCallAst.Arguments ?? [])
            {
                argument.Visit(this);
            }

            walker.DotNetCall(methodCallAst, scope);
            walker.WmiPut(methodCallAst, scope);
            return AstVisitAction.SkipChildren;
        }

        // ForEach-Object { ... }, % { ... }, foreach -Process { ... }: the per-element script block.
        private static ScriptBlockAst? ForEachObjectBody(CommandAst command)
        {
            var name = command.GetCommandName();
            if (name is null || !(name.Equals("ForEach-Object", StringComparison.OrdinalIgnoreCase) || name == "%" || name.Equals("foreach", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var blocks = command.CommandElements.Skip(1).OfType<ScriptBlockExpressionAst>().ToArray();
            return blocks.Length == 1 && command.CommandElements.Count == 2 ? blocks[0].ScriptBlock
                : command.CommandElements.Count == 3 && command.CommandElements[1] is CommandParameterAst p && "Process".StartsWith(p.ParameterName, StringComparison.OrdinalIgnoreCase) && blocks.Length == 1 ? blocks[0].ScriptBlock
                : null;
        }
    }

    private AstVisitAction Command(CommandAst command, Scope scope)
    {
        if (command.InvocationOperator == TokenKind.Dot)
        {
            DotSource(command, scope);
            return AstVisitAction.Continue;
        }

        if (IsInConfiguration(command) && DscResource(command, scope))
        {
            return AstVisitAction.SkipChildren;
        }

        if (CimCommand(command, scope))
        {
            return AstVisitAction.Continue;
        }

        // Add-Type's C# goes to the C# front end (CSharp/AddTypeReader.cs).
        if (CSharp.AddTypeReader.Read(command, e => _evaluator.Evaluate(e, scope), _context))
        {
            return AstVisitAction.Continue;
        }

        var bound = CmdletBinder.Bind(command, _evaluator, scope, out var parameterError);
        if (bound is not null)
        {
            if (bound.Cmdlet == "Start-Process")
            {
                StartProcess(bound, scope);
            }
            else if (HyperV.HyperVCmdlets.IsHyperV(bound.Cmdlet))
            {
                HyperVCmdlet(bound, scope);
            }
            else if (bound.Cmdlet != "Join-Path")
            {
                RegistryCmdlet(bound, scope);
            }

            return AstVisitAction.Continue;
        }

        if (parameterError is not null && HyperV.HyperVCmdlets.IsHyperV(CmdletBinder.Resolve(command.GetCommandName())))
        {
            HyperVParameterNotBound(command, parameterError, scope);
            return AstVisitAction.Continue;
        }

        if (parameterError is not null)
        {
            ParameterNotBound(command, parameterError, scope);
        }

        var name = command.GetCommandName();
        if (name is not null && name.Equals("Import-Module", StringComparison.OrdinalIgnoreCase) && command.CommandElements.Count >= 2)
        {
            LinkFile(command.CommandElements[1], scope);
            return AstVisitAction.Continue;
        }

        NativeCommand(command, scope);
        return AstVisitAction.Continue;
    }

    // . .\common.ps1, . "$PSScriptRoot\common.ps1", . (Join-Path $PSScriptRoot common.ps1)
    private void DotSource(CommandAst command, Scope scope) => LinkFile(command.CommandElements[0], scope);

    private void LinkFile(CommandElementAst element, Scope scope)
    {
        if (_scriptDirectory is null)
        {
            return;
        }

        var value = _evaluator.Evaluate(element, scope.Bind("PSScriptRoot", new PsString(_scriptDirectory, default)));
        if (value.AsText() is not { } path || !(path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        try
        {
            var full = Path.GetFullPath(Path.Combine(_scriptDirectory, path.Replace('\\', Path.DirectorySeparatorChar)));
            _context.Link(full, new TextSpan(element.Parent.Extent.StartOffset, element.Parent.Extent.EndOffset - element.Parent.Extent.StartOffset), path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            // Not a valid path on this OS: nothing to link.
        }
    }

    private bool IsInConfiguration(Ast ast)
    {
        for (var p = ast.Parent; p is not null; p = p.Parent)
        {
            if (p is FunctionDefinitionAst f && _configurationOffsets.Contains(f.Extent.StartOffset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The places a data-driven write comes from: the command, when it runs once per table element.</summary>
    private static IReadOnlyList<TextSpan> Related(Scope scope, TextSpan command) => scope.IsEmpty ? [] : [command];
}
