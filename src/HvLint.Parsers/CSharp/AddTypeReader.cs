using System.Management.Automation.Language;
using HvLint.Parsers.Commands;
using HvLint.Parsers.PowerShell;
using TextSpan = HvLint.Core.Text.TextSpan;

namespace HvLint.Parsers.CSharp;

/// <summary>
/// The C# a PowerShell script compiles with <c>Add-Type -TypeDefinition</c> or
/// <c>-MemberDefinition</c>: read by the C# front end, its writes placed in the script at the
/// characters of the string that holds the code (a here-string's content starts on the line
/// after <c>@'</c>). Defining a type runs none of it, so its writes are conditional: they
/// happen only when the script calls the method.
/// </summary>
internal static class AddTypeReader
{
    // Add-Type's parameters that take a value, for prefix matching (-T is -TypeDefinition, -M -MemberDefinition).
    private static readonly string[] s_parameters =
    [
        "TypeDefinition", "MemberDefinition", "Name", "Namespace", "UsingNamespace", "Path", "LiteralPath", "AssemblyName",
        "Language", "ReferencedAssemblies", "OutputAssembly", "OutputType", "CompilerOptions",
    ];

    /// <summary>
    /// Reads an Add-Type command's C# (with <paramref name="evaluate"/> following a variable to
    /// the string it holds); false when the command is not Add-Type, so the walker goes on with it.
    /// </summary>
    public static bool Read(CommandAst command, Func<CommandElementAst, PsValue> evaluate, CommandContext context)
    {
        var name = command.GetCommandName();
        if (name is null || !(name.Equals("Add-Type", StringComparison.OrdinalIgnoreCase) || name.Equals("Microsoft.PowerShell.Utility\\Add-Type", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var named = new Dictionary<string, CommandElementAst>(StringComparer.Ordinal);
        var positional = new List<CommandElementAst>();
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i] is CommandParameterAst parameter)
            {
                var matches = s_parameters.Where(p => p.StartsWith(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)).ToArray();
                var full = matches.FirstOrDefault(p => p.Equals(parameter.ParameterName, StringComparison.OrdinalIgnoreCase)) ?? (matches.Length == 1 ? matches[0] : null);
                var argument = parameter.Argument ?? (i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst ? elements[++i] : null);
                if (full is not null && argument is not null)
                {
                    named[full] = argument;
                }
            }
            else
            {
                positional.Add(elements[i]);
            }
        }

        if (named.TryGetValue("Language", out var language) && evaluate(language).AsText() is { } lang && !lang.Equals("CSharp", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // -MemberDefinition takes position 1 after -Name; -TypeDefinition (the default set) position 0.
        var members = named.GetValueOrDefault("MemberDefinition") ?? (named.ContainsKey("Name") || positional.Count >= 2 ? positional.ElementAtOrDefault(named.ContainsKey("Name") ? 0 : 1) : null);
        var isMembers = members is not null;
        var code = isMembers ? members : named.GetValueOrDefault("TypeDefinition") ?? (named.ContainsKey("Path") || named.ContainsKey("LiteralPath") || named.ContainsKey("AssemblyName") ? null : positional.FirstOrDefault());
        if (code is null || evaluate(code) is not PsString { Certainty: not Core.Model.Certainty.Unresolved } text || !CSharpFileExtractor.MayWrite(text.Value))
        {
            return true;
        }

        // Add-Type wraps member definitions in a class of its own; so does this reading.
        const string Prefix = "public static partial class AddTypeMembers {\n";
        var csharp = isMembers ? Prefix + text.Value + "\n}" : text.Value;
        var offset = isMembers ? Prefix.Length : 0;
        var map = Characters(context.Source.Text, text.Span, text.Value);
        var before = context.Writes.Count;
        CSharpFrontEnd.ExtractEmbedded(csharp, context, span => Map(span, offset, map, text.Span));
        for (var i = before; i < context.Writes.Count; i++)
        {
            context.Writes[i] = context.Writes[i].AsConditional();
        }

        return true;
    }

    // A span of the C# (shifted by the wrapper's prefix) placed in the script; the whole string when its characters cannot be lined up.
    private static TextSpan Map(TextSpan span, int offset, int[]? map, TextSpan whole)
    {
        var start = span.Start - offset;
        var end = span.End - offset;
        if (map is null || start < 0 || end > map.Length || end < start)
        {
            return whole;
        }

        if (end == start)
        {
            return new TextSpan(start < map.Length ? map[start] : whole.End, 0);
        }

        return TextSpan.FromBounds(map[start], map[end - 1] + 1);
    }

    /// <summary>
    /// For each character of a string's value, its offset in the script: the literal's text is
    /// walked beside the value, skipping its quotes, the line break after a here-string's
    /// opening, a doubled quote and a backtick escape. Null when they do not line up.
    /// </summary>
    internal static int[]? Characters(string script, TextSpan literal, string value)
    {
        if (literal.End > script.Length || literal.Length < 2)
        {
            return null;
        }

        var source = script.AsSpan(literal.Start, literal.Length);
        var j = 0;
        var quote = source[0] == '@' && source.Length > 1 ? source[1] : source[0];
        if (quote is not ('\'' or '"' or '‘' or '’' or '“' or '”'))
        {
            return null;
        }

        j = source[0] == '@' ? 2 : 1;
        if (source[0] == '@')
        {
            // A here-string's content starts on the line after its opening.
            while (j < source.Length && source[j] is ' ' or '\t')
            {
                j++;
            }

            j += j < source.Length && source[j] == '\r' ? 1 : 0;
            j += j < source.Length && source[j] == '\n' ? 1 : 0;
        }

        var map = new int[value.Length];
        var singleQuoted = quote is '\'' or '‘' or '’';
        for (var i = 0; i < value.Length; i++)
        {
            if (j >= source.Length)
            {
                return null;
            }

            if (source[j] == value[i])
            {
                map[i] = literal.Start + j;
                j += singleQuoted && value[i] == '\'' && j + 1 < source.Length && source[j + 1] == '\'' && source[0] != '@' ? 2 : 1;
                continue;
            }

            if (source[j] == '\r' && j + 1 < source.Length && source[j + 1] == value[i])
            {
                j++;
                i--;
                continue;
            }

            if (!singleQuoted && source[j] == '`' && j + 1 < source.Length)
            {
                map[i] = literal.Start + j;
                j += 2;
                continue;
            }

            return null;
        }

        return map;
    }
}
