namespace HvLint.LanguageServer.Tests;

public sealed class TextBufferTests
{
    [Theory]
    [InlineData("a\r\nb\nc\rd", 3, 0, "a\r\nb\nc\rXd")]
    [InlineData("a\r\nb", 1, 1, "a\r\nbX")]
    [InlineData("a\r\nb", 0, 99, "aX\r\nb")] // past the end of its line: the end of the line
    [InlineData("a\r\nb", 7, 0, "a\r\nbX")] // past the last line: the end of the text
    [InlineData("\uD83D\uDE00b", 0, 2, "\uD83D\uDE00Xb")] // an emoji is two UTF-16 code units
    public void An_insertion_lands_where_LSP_positions_say(string text, int line, int character, string expected)
    {
        var at = new Position(line, character);
        Assert.Equal(expected, TextBuffer.Apply(text, new TextDocumentContentChangeEvent(new LspRange(at, at), "X")));
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_whole_text() =>
        Assert.Equal("new", TextBuffer.Apply("old\r\ntext", new TextDocumentContentChangeEvent(null, "new")));

    [Fact]
    public void A_range_across_lines_is_replaced() =>
        Assert.Equal("aZd", TextBuffer.Apply("ab\r\ncd", new TextDocumentContentChangeEvent(new LspRange(new Position(0, 1), new Position(1, 1)), "Z")));
}
