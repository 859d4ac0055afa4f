namespace HvLint.Core.Engine;

/// <summary>One document to lint: where it is, and the path shown to users.</summary>
/// <param name="FullPath">Its full path in the request's workspace (with <see cref="LinkPolicy.None"/>, a name only).</param>
/// <param name="DisplayPath">The path findings name (relative to the working folder in the CLI).</param>
public sealed record LintDocument(string FullPath, string DisplayPath);

/// <summary>What a run does with the files a document applies with a literal path (reg import, dot-sourcing).</summary>
public enum LinkPolicy
{
    /// <summary>
    /// Links inside the request's <see cref="LintRequest.LinkScope"/> are followed: a linked file
    /// that is not one of the documents is read through the workspace, linted, and checked with
    /// the document that applies it; its result comes after the documents'. A link elsewhere is
    /// reported (HV0960), not read. What <c>hvlint check</c> does.
    /// </summary>
    Follow,

    /// <summary>
    /// As <see cref="Follow"/>, but only the documents are read: documents that apply each other
    /// are checked together, and a linked file that is not a document is left alone.
    /// </summary>
    DocumentsOnly,

    /// <summary>
    /// The documents have no location (text from a test or a pipe; <see cref="LintDocument.FullPath"/>
    /// is a name): relative links resolve against nothing, nothing is followed, and only a link
    /// to a UNC or device path is reported (HV0960).
    /// </summary>
    None,
}

/// <summary>
/// Everything one run of <see cref="LintEngine.Lint(LintRequest)"/> needs: the documents, where
/// they are read from, the options of each, whether they are one host, and how links are followed.
/// </summary>
public sealed class LintRequest
{
    /// <summary>A request to lint <paramref name="documents"/> in that order.</summary>
    public LintRequest(IReadOnlyList<LintDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = documents;
    }

    /// <summary>A request for one document.</summary>
    public LintRequest(string fullPath, string displayPath)
        : this([new LintDocument(fullPath, displayPath)])
    {
    }

    /// <summary>The documents, in the order results come back.</summary>
    public IReadOnlyList<LintDocument> Documents { get; }

    /// <summary>Where documents and linked files are read (default: the disk).</summary>
    public IDocumentWorkspace Workspace { get; init; } = DiskWorkspace.Instance;

    /// <summary>The options of the file at a full path (configuration per folder); null: the engine's options for every file.</summary>
    public Func<string, LintOptions>? OptionsOf { get; init; }

    /// <summary>
    /// Whether the documents, in the order given, are applied to one host, so conflicts between
    /// them are found (<c>--as-one-host</c>); a document that another applies counts where that
    /// one applies it, not a second time.
    /// </summary>
    public bool AsOneHost { get; init; }

    /// <summary>What is done with the files the documents apply (default: follow them inside <see cref="LinkScope"/>).</summary>
    public LinkPolicy Links { get; init; } = LinkPolicy.Follow;

    /// <summary>
    /// The folders links may be followed into; null: the repository (outside one, the folder) of
    /// each document. Ignored with <see cref="LinkPolicy.None"/>.
    /// </summary>
    public LinkScope? LinkScope { get; init; }

    /// <summary>The path shown for a linked file that is not a document, from its full path; null: the full path.</summary>
    public Func<string, string>? DisplayPathOf { get; init; }
}
