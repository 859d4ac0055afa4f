using HvLint.Core.Suppressions;
using HvLint.Core.Text;

namespace HvLint.Core.Tests.Suppressions;

public sealed class CommentScannerTests
{
    private static string[] Comments(string text, CommentSyntax syntax)
    {
        var source = new SourceText("x", text);
        return [.. CommentScanner.Scan(source, syntax).Comments.Select(c => text[c.BodyStart..c.End])];
    }

    [Theory]
    [InlineData(".reg", CommentSyntax.Reg)]
    [InlineData(".REG", CommentSyntax.Reg)]
    [InlineData(".ps1", CommentSyntax.PowerShell)]
    [InlineData(".psm1", CommentSyntax.PowerShell)]
    [InlineData(".cmd", CommentSyntax.Batch)]
    [InlineData(".bat", CommentSyntax.Batch)]
    [InlineData(".txt", CommentSyntax.None)]
    public void The_syntax_follows_the_extension(string extension, CommentSyntax expected)
    {
        Assert.Equal(expected, CommentSyntaxes.ForPath("dir/file" + extension));
    }

    [Fact]
    public void Reg_comments_start_at_a_semicolon_outside_quotes()
    {
        var text = "; top\n\"A;B\"=\"x;y\\\";z\" ; tail\n[HKLM\\x] ;key\n\"C\"=dword:1\n";
        Assert.Equal([" top", " tail", "key"], Comments(text, CommentSyntax.Reg));
        var scan = CommentScanner.Scan(new SourceText("x", text), CommentSyntax.Reg);
        Assert.Equal([false, false, true, true, true], scan.LineHasCode[..5]);
    }

    [Fact]
    public void PowerShell_line_and_block_comments_are_found_and_strings_are_skipped()
    {
        var text = """
            # first
            $a = 'not # a comment' # second
            $b = "also `" not # one" ; $c = 1#not-a-comment
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
        Assert.Equal([" first", " second", " block", "   line two ", " after"], Comments(text, CommentSyntax.PowerShell));
    }

    [Fact]
    public void PowerShell_code_brackets_and_braces_are_recorded_outside_strings_and_comments()
    {
        var text = "function F { '[{' ; [int]$x = 1 } # [ }";
        var scan = CommentScanner.Scan(new SourceText("x", text), CommentSyntax.PowerShell);
        Assert.Equal([text.IndexOf("[int", StringComparison.Ordinal)], scan.OpenBrackets);
        Assert.Equal([text.IndexOf('{'), text.IndexOf("1 }", StringComparison.Ordinal) + 2], scan.Braces);
    }

    [Fact]
    public void Batch_comments_are_rem_and_double_colon_lines_and_rem_after_an_ampersand()
    {
        var text = "@echo off\nrem one\n  REM two\n:: three\n@rem four\nremark not a comment\nreg add \"a&rem x\" /f & rem five\necho x && rem six\n";
        Assert.Equal(["one", "two", " three", "four", "five", "six"], Comments(text, CommentSyntax.Batch));
        var scan = CommentScanner.Scan(new SourceText("x", text), CommentSyntax.Batch);
        Assert.Equal([true, false, false, false, false, true, true, true], scan.LineHasCode[1..9]);
    }

    [Fact]
    public void Scanning_is_linear_in_the_file_size()
    {
        // 200,000 lines with a comment and a quote each: quadratic work would take minutes.
        var line = "\"Value\"=\"a;b\" ; hvlint-disable-line HV0101 -- reason\n";
        var text = string.Concat(Enumerable.Repeat(line, 200_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var scan = CommentScanner.Scan(new SourceText("x.reg", text), CommentSyntax.Reg);
        Assert.Equal(200_000, scan.Comments.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
