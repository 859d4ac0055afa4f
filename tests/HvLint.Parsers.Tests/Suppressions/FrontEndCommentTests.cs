using System.Text;
using HvLint.Core.Engine;
using HvLint.Parsers.Batch;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;

namespace HvLint.Parsers.Tests.Suppressions;

/// <summary>Each front end hands Core its comments in its own syntax; strings that look like comments are not.</summary>
public sealed class FrontEndCommentTests
{
    private static ExtractionResult Extract(IWriteExtractor extractor, string path, string text) =>
        extractor.Extract(path, (extractor is RegFileExtractor ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text));

    private static string[] Bodies(ExtractionResult r) => [.. r.Comments.Select(c => r.Source.GetText(c.Body))];

    private static string[] Whole(ExtractionResult r) => [.. r.Comments.Select(c => r.Source.GetText(c.Span))];

    [Fact]
    public void Reg_comments_start_at_a_semicolon_outside_quotes()
    {
        var text = "Windows Registry Editor Version 5.00\r\n; top\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\x] ;key\r\n\"A;B\"=\"x;y\\\";z\" ; tail\r\n\"C\"=dword:1\r\n\"D\"=\"no;comment\"\n";
        var r = Extract(new RegFileExtractor(), "x.reg", text);
        Assert.Equal([" top", "key", " tail"], Bodies(r));
        Assert.Equal(["; top", ";key", "; tail"], Whole(r));
    }

    [Fact]
    public void Reg_files_streamed_or_without_comments_give_the_same_comments()
    {
        var text = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\x]\n\"A\"=dword:1 ; one\n";
        var streamed = new RegFileExtractor().Extract("x.reg", new MemoryStream(Encoding.Latin1.GetBytes(text)));
        Assert.Equal([" one"], Bodies(streamed));
        Assert.Empty(Extract(new RegFileExtractor(), "x.reg", text.Replace("; one", string.Empty, StringComparison.Ordinal)).Comments);
    }

    [Fact]
    public void PowerShell_comments_are_its_comment_tokens_and_strings_are_skipped()
    {
        var text = """
            # first
            $a = 'not # a comment' # second
            $b = "also `" not # one" ; $c = 1
            <# block
               line two #> $d = 2
            $e = @"
            # inside a here-string
            "@
            $f = @'
            # inside a literal here-string
            '@ # after
            $g = `# escaped
            """.ReplaceLineEndings("\n");
        var r = Extract(new PowerShellScriptExtractor(), "x.ps1", text);
        Assert.Equal([" first", " second", " block\n   line two ", " after"], Bodies(r));
        Assert.Equal("<# block\n   line two #>", Whole(r)[2]);
    }

    [Fact]
    public void Batch_comments_are_rem_and_double_colon_lines_and_rem_after_an_ampersand()
    {
        var text = "@echo off\r\nrem one\r\n  REM two\r\n:: three\r\n@rem four\r\nremark not a comment\r\nreg add \"a&rem x\" /f & rem five\r\necho x && rem six\r\n";
        var r = Extract(new BatchFileExtractor(), "x.cmd", text);
        Assert.Equal(["one", "two", " three", "four", "five", "six"], Bodies(r));

        // The '@' before 'rem' belongs to the comment line, so the line has no code.
        Assert.Equal("@rem four", Whole(r)[3]);
        Assert.Equal("rem five", Whole(r)[4]);
    }

    [Fact]
    public void PowerShell_SuppressMessageAttribute_scopes_are_the_function_the_script_block_or_the_script()
    {
        var text = """
            [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0101', Justification = 'script')]
            param()
            function F {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("HvLint", "HV0102,HV0103")]
                [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
                param()
                1
            }
            $sb = { [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'it''s')] param() 2 }
            [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint')]
            filter G { 3 }
            """.ReplaceLineEndings("\n");
        var r = Extract(new PowerShellScriptExtractor(), "x.ps1", text);
        var a = r.AttributeSuppressions;
        Assert.Equal(4, a.Count);

        Assert.Equal((0, text.Length), (a[0].Scope.Start, a[0].Scope.Length));
        Assert.Equal("HV0101", a[0].Rules!.Value);
        Assert.Equal("HV0101", r.Source.GetText(a[0].Rules!.Span));
        Assert.Equal("script", a[0].Justification!.Value);
        Assert.StartsWith("[Diagnostics", r.Source.GetText(a[0].Span), StringComparison.Ordinal);
        Assert.EndsWith("'script')]", r.Source.GetText(a[0].Span), StringComparison.Ordinal);

        Assert.StartsWith("{\n    [System", r.Source.GetText(a[1].Scope), StringComparison.Ordinal);
        Assert.EndsWith("1\n}", r.Source.GetText(a[1].Scope), StringComparison.Ordinal);
        Assert.Null(a[1].Justification);

        // An escaped quote: the value differs from the text between the quotes.
        Assert.Equal("it's", a[2].Rules!.Value);
        Assert.Equal("it''s", r.Source.GetText(a[2].Rules!.Span));
        Assert.Equal("{ [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'it''s')] param() 2 }", r.Source.GetText(a[2].Scope));

        // PowerShell leaves an attribute before 'filter' out of its tree; it still covers G.
        Assert.Null(a[3].Rules);
        Assert.Equal("{ 3 }", r.Source.GetText(a[3].Scope));
    }
}
