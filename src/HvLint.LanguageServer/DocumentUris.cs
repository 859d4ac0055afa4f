namespace HvLint.LanguageServer;

/// <summary>Document URIs and file paths.</summary>
internal static class DocumentUris
{
    /// <summary>The full path of a file: URI; null for any other scheme (untitled:, vscode-notebook-cell:).</summary>
    public static string? ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        return null;
    }

    /// <summary>The file: URI of a full path.</summary>
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
