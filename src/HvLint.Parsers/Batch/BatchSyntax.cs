using HvLint.Core.Text;

namespace HvLint.Parsers.Batch;

/// <summary>A statement of a batch file as cmd.exe's phase 2 groups it.</summary>
internal abstract class BatchNode(TextSpan span)
{
    public TextSpan Span { get; } = span;
}

/// <summary>Nothing to run: an empty command, a REM or :: comment, or a line cmd.exe ignores.</summary>
internal sealed class EmptyNode(TextSpan span) : BatchNode(span);

/// <summary>
/// One command: its characters after carets are removed and redirections are taken out, with
/// the quotes still in place (the program splits its own arguments).
/// </summary>
internal sealed class CommandNode(TextSpan span, List<BChar> chars, bool inputRedirected) : BatchNode(span)
{
    public List<BChar> Chars { get; } = chars;

    /// <summary>Standard input comes from a file (&lt;).</summary>
    public bool InputRedirected { get; } = inputRedirected;
}

/// <summary>( ... ): commands run one after the other.</summary>
internal sealed class BlockNode(TextSpan span, List<BatchNode> items) : BatchNode(span)
{
    public List<BatchNode> Items { get; } = items;
}

/// <summary>How two commands are joined.</summary>
internal enum ChainOperator
{
    /// <summary>&amp;: always run the next.</summary>
    Then,
    /// <summary>&amp;&amp;: run the next when this one succeeds.</summary>
    And,
    /// <summary>||: run the next when this one fails.</summary>
    Or,
    /// <summary>|: run both, the output of one feeding the input of the next.</summary>
    Pipe,
}

/// <summary>Commands joined by &amp;, &amp;&amp;, || and |.</summary>
internal sealed class ChainNode(TextSpan span, List<BatchNode> parts, List<ChainOperator> operators) : BatchNode(span)
{
    public List<BatchNode> Parts { get; } = parts;

    /// <summary>Operators[i] joins Parts[i] and Parts[i + 1].</summary>
    public List<ChainOperator> Operators { get; } = operators;
}

/// <summary>if [/i] [not] condition command [else command]; the condition is not evaluated.</summary>
internal sealed class IfNode(TextSpan span, BatchNode then, BatchNode? otherwise) : BatchNode(span)
{
    public BatchNode Then { get; } = then;

    public BatchNode? Else { get; } = otherwise;
}

/// <summary>for [/d | /r | /l | /f "options"] %%v in (set) do command.</summary>
internal sealed class ForNode(TextSpan span, string kind, List<BChar> options, char variable, List<BChar> set, BatchNode body) : BatchNode(span)
{
    /// <summary>"", "/d", "/r", "/l" or "/f" (lower case).</summary>
    public string Kind { get; } = kind;

    /// <summary>The /f options as written, with their quotes.</summary>
    public List<BChar> Options { get; } = options;

    public char Variable { get; } = variable;

    /// <summary>The text between the parentheses after in.</summary>
    public List<BChar> Set { get; } = set;

    public BatchNode Body { get; } = body;
}
