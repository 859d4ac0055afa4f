using HvLint.Core.Diagnostics;

namespace HvLint.Core.Suppressions;

/// <summary>
/// A finding that an inline suppression hides: kept (not dropped) so that SARIF can report it
/// with an inSource suppression and text output can count it.
/// </summary>
/// <param name="Diagnostic">The finding, with its configured severity.</param>
/// <param name="Justification">The suppression's reason, or null when it gives none.</param>
/// <param name="Until">The suppression's expiry date, if any.</param>
/// <param name="Directive">Where the suppression is written.</param>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string? Justification, DateOnly? Until, Location Directive);
