using System.Management.Automation.Language;
using HvLint.Core.Suppressions;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// What inline suppressions need from a script, read from PowerShell's own tokens and syntax
/// tree (as PSScriptAnalyzer reads its suppressions): the comments ('#' and '&lt;# #&gt;'), and
/// <c>[Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0101', Justification = '...')]</c>
/// attributes with the code each covers. Attributes with another first argument belong to
/// PSScriptAnalyzer and are left alone; Scope and Target arguments are ignored.
/// </summary>
internal static class PowerShellSuppressions
{
    private const string Category = "HvLint";

    /// <summary>Adds the script's comments and HvLint's suppression attributes to the context.</summary>
    public static void Read(SourceText source, ScriptBlockAst? ast, Token[]? tokens, ParseError[]? errors, CommandContext context)
    {
        var text = source.Text;
        foreach (var token in tokens ?? [])
        {
            if (token.Kind == TokenKind.Comment)
            {
                context.Comments.Add(Comment(text, PowerShellFrontEnd.SpanOf(token.Extent, text.Length)));
            }
        }

        // Most scripts have no attribute to read: the tree is walked only when one may be there.
        if (ast is null || !text.Contains("SuppressMessage", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var found = new List<AttributeSuppression>();
        foreach (var node in ast.FindAll(n => n is AttributeAst a && IsSuppressMessage(a), searchNestedScriptBlocks: true))
        {
            if (Suppression((AttributeAst)node, 0, Scope(ast, node, text.Length)) is { } suppression)
            {
                found.Add(suppression);
            }
        }

        // PowerShell takes no attribute before 'function Name {' (it reports UnexpectedAttribute
        // and leaves it out of the tree), but scripts write it there meaning that function.
        foreach (var error in errors ?? [])
        {
            if (error.ErrorId == "UnexpectedAttribute" && BeforeFunction(source, ast, error.Extent) is { } suppression)
            {
                found.Add(suppression);
            }
        }

        context.AttributeSuppressions.AddRange(found.OrderBy(f => f.Span.Start));
    }

    // '# text' to the end of the line, or '<# text #>' (unterminated: to the end of the script).
    private static SourceComment Comment(string text, TextSpan span)
    {
        if (span.Length >= 2 && text[span.Start] == '<' && text[span.Start + 1] == '#')
        {
            var closed = span.Length >= 4 && text[span.End - 2] == '#' && text[span.End - 1] == '>';
            return new SourceComment(span, TextSpan.FromBounds(span.Start + 2, closed ? span.End - 2 : span.End));
        }

        return new SourceComment(span, TextSpan.FromBounds(Math.Min(span.Start + 1, span.End), span.End));
    }

    private static bool IsSuppressMessage(AttributeAst attribute)
    {
        var name = attribute.TypeName.FullName.AsSpan();
        if (name.StartsWith("System.", StringComparison.OrdinalIgnoreCase))
        {
            name = name["System.".Length..];
        }

        return name.Equals("Diagnostics.CodeAnalysis.SuppressMessage", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Diagnostics.CodeAnalysis.SuppressMessageAttribute", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The code an attribute covers: the script block it belongs to (a function's body, a
    /// script block's braces), or the whole script for the script's own param block.
    /// </summary>
    private static TextSpan Scope(ScriptBlockAst root, Ast node, int textLength)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ScriptBlockAst block && !ReferenceEquals(block, root))
            {
                return PowerShellFrontEnd.SpanOf(block.Extent, textLength);
            }
        }

        return new TextSpan(0, textLength);
    }

    /// <summary>
    /// An attribute PowerShell left out of the tree: read on its own (as the attribute of an
    /// empty param block) and, when 'function Name' or 'filter Name' follows it, scoped to that
    /// function; otherwise to the innermost script block around it.
    /// </summary>
    private static AttributeSuppression? BeforeFunction(SourceText source, ScriptBlockAst ast, IScriptExtent extent)
    {
        var text = source.Text;
        var at = PowerShellFrontEnd.SpanOf(extent, text.Length);
        var alone = Parser.ParseInput(string.Concat(text.AsSpan(at.Start, at.Length), "\nparam()"), out _, out _);
        if (alone.ParamBlock?.Attributes is not [var attribute] || !IsSuppressMessage(attribute))
        {
            return null;
        }

        var following = ast.Find(n => n is FunctionDefinitionAst f && f.Extent.StartOffset >= at.End && text.AsSpan(at.End, f.Extent.StartOffset - at.End).IsWhiteSpace(), searchNestedScriptBlocks: true);
        var scope = following is FunctionDefinitionAst function
            ? PowerShellFrontEnd.SpanOf(function.Body.Extent, text.Length)
            : Innermost(ast, at.Start, text.Length);
        return Suppression(attribute, at.Start, scope);
    }

    private static TextSpan Innermost(ScriptBlockAst ast, int offset, int textLength)
    {
        var blocks = ast.FindAll(n => n is ScriptBlockAst && !ReferenceEquals(n, ast) && n.Extent.StartOffset < offset && n.Extent.EndOffset > offset, searchNestedScriptBlocks: true);
        return blocks.MinBy(b => b.Extent.EndOffset - b.Extent.StartOffset) is { } inner
            ? PowerShellFrontEnd.SpanOf(inner.Extent, textLength)
            : new TextSpan(0, textLength);
    }

    /// <summary>HvLint's suppression from an attribute ('HvLint' first), or null; offsets in the attribute are shifted by <paramref name="shift"/>.</summary>
    private static AttributeSuppression? Suppression(AttributeAst attribute, int shift, TextSpan scope)
    {
        var positional = attribute.PositionalArguments;
        if (positional.Count == 0 || positional[0] is not StringConstantExpressionAst { Value: var category }
            || !category.Equals(Category, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        AttributeArgument? rules = null;
        if (positional.Count >= 2)
        {
            if (Argument(positional[1], shift) is not { } r)
            {
                return null;
            }

            rules = r;
        }

        AttributeArgument? justification = null;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.ArgumentName.Equals("Justification", StringComparison.OrdinalIgnoreCase))
            {
                if (Argument(named.Argument, shift) is not { } j)
                {
                    return null;
                }

                justification = j;
            }
        }

        var span = new TextSpan(attribute.Extent.StartOffset + shift, attribute.Extent.EndOffset - attribute.Extent.StartOffset);
        return new AttributeSuppression(span, scope, rules, justification);
    }

    // A string literal: its value and the text between its quotes (a here-string: all of it).
    private static AttributeArgument? Argument(ExpressionAst expression, int shift)
    {
        if (expression is not StringConstantExpressionAst literal)
        {
            return null;
        }

        var (start, end) = (literal.Extent.StartOffset + shift, literal.Extent.EndOffset + shift);
        if (literal.StringConstantType is StringConstantType.SingleQuoted or StringConstantType.DoubleQuoted && end - start >= 2)
        {
            (start, end) = (start + 1, end - 1);
        }

        return new AttributeArgument(literal.Value, TextSpan.FromBounds(start, end));
    }
}
