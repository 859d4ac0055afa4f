using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer;

/// <summary>
/// What the editor's settings say (the <c>hvlint</c> section, or <c>initializationOptions</c>):
/// a target and rule severities. They apply beneath hvlint.json: a configuration file that
/// names a target, or sets a rule by ID, name or category, wins.
/// </summary>
internal sealed record EditorSettings(WindowsTarget? Target, IReadOnlyList<RuleSetting> Rules)
{
    public static EditorSettings None { get; } = new(null, []);

    public bool Equals(EditorSettings? other) =>
        other is not null && Target == other.Target && Rules.Count == other.Rules.Count
        && Rules.Zip(other.Rules).All(p => p.First.Key == p.Second.Key && p.First.Severity == p.Second.Severity);

    public override int GetHashCode() => HashCode.Combine(Target, Rules.Count);

    /// <summary>
    /// Reads <c>{ "target": "ws2022", "rules": { "HV0101": "off" } }</c>; a value that is not
    /// one HvLint knows is left out and reported through <paramref name="warn"/>.
    /// </summary>
    public static EditorSettings Read(JToken? section, RuleIndex rules, Action<string> warn)
    {
        if (section is not JObject settings)
        {
            return None;
        }

        WindowsTarget? target = null;
        if (settings["target"] is JValue { Type: JTokenType.String } t && !string.IsNullOrWhiteSpace((string?)t))
        {
            if (WindowsTargets.TryParse((string?)t, out var parsed))
            {
                target = parsed;
            }
            else
            {
                warn($"hvlint.target: '{t}' is not a Windows Server release HvLint knows; expected one of {string.Join(", ", WindowsTargets.Names)}.");
            }
        }

        var list = new List<RuleSetting>();
        if (settings["rules"] is JObject severities)
        {
            foreach (var property in severities.Properties())
            {
                if (rules.Resolve(property.Name) is not var (ids, isCategory))
                {
                    warn($"hvlint.rules: '{property.Name}' is not a rule ID, rule name or category.");
                    continue;
                }

                Severity? severity;
                try
                {
                    severity = property.Value.Type == JTokenType.String ? HvLintConfiguration.ParseSeverity((string)property.Value!) : throw new ArgumentException("not a string");
                }
                catch (ArgumentException)
                {
                    warn($"hvlint.rules.{property.Name}: '{property.Value}' is not a severity; expected error, warning, note or off.");
                    continue;
                }

                list.Add(new RuleSetting(property.Name, ids, severity, isCategory));
            }
        }

        return new EditorSettings(target, list);
    }
}
