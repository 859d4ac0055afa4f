using HvLint.Core.Model;
using HvLint.Core.Rules;

namespace HvLint.Rules;

/// <summary>
/// Which virtual switch a network adapter setting lands on, as far as the script itself says
/// (HV0322, HV0731): switches the script creates (New-VMSwitch), adapters it connects to them
/// (New-VM -SwitchName, Add-VMNetworkAdapter -SwitchName, Connect-VMNetworkAdapter -SwitchName,
/// New-VMSwitch -AllowManagementOS $true), followed in the order the script runs them. Only
/// literal names, on this host, in commands that run whenever the script runs; a connection the
/// script makes conditionally or to a VM it cannot name makes what it touches unknown.
/// </summary>
internal static class AdapterSwitches
{
    // The management OS's adapters, as the owner of the adapters keyed by name.
    private const string Host = "\0host";

    // The name New-VM and Add-VMNetworkAdapter give an adapter when no -Name is given.
    private const string DefaultAdapter = "Network Adapter";

    // Every adapter of an owner not named in its map (Connect-VMNetworkAdapter without -Name).
    private const string Others = "\0others";

    /// <summary>A switch the script creates: the New-VMSwitch call's writes, or null when how is not known.</summary>
    internal sealed record CreatedSwitch(string Name, HyperVSettingWrite[] Call)
    {
        /// <summary>The call's write of a parameter, or null when the call does not write it.</summary>
        public HyperVSettingWrite? Written(string parameter) => Call.FirstOrDefault(w => string.Equals(w.Parameter, parameter, StringComparison.OrdinalIgnoreCase));

        /// <summary>Where to point at the switch's creation: its name, else the command.</summary>
        public HyperVSettingWrite First => Call[0];
    }

    /// <summary>An adapter's switch: its name, the write that connected it, and its creation when the script creates it knowably.</summary>
    internal readonly record struct Link(string Switch, HyperVSettingWrite ConnectedBy, CreatedSwitch? Created);

    /// <summary>
    /// Each Set-VMNetworkAdapter write of <paramref name="parameter"/> (local, bound, value known) with the
    /// switches of every adapter it sets, when the script says them all; writes whose adapters are not
    /// all known are left out. A Set-VMSwitch write of it on a switch the script creates comes with
    /// that switch, its own write as the link.
    /// </summary>
    public static IEnumerable<(HyperVSettingWrite Write, Link[] Links)> Settings(FileContext context, string parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writes = context.Writes.OfType<HyperVSettingWrite>()
            .Where(w => !w.Fails && w.Parameter is not null && w.WmiClass is null)
            .OrderBy(w => w.Order)
            .ToArray();

        var switches = new Dictionary<string, CreatedSwitch?>(StringComparer.OrdinalIgnoreCase);

        // Owner (VM name, or Host) -> adapter name (or Others) -> its link; null: not connected or not known.
        var adapters = new Dictionary<string, Dictionary<string, Link?>>(StringComparer.OrdinalIgnoreCase);

        // Owners whose every adapter the script knows (it creates the VM, or connects all its adapters).
        var complete = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var call in writes.GroupBy(w => (w.Source, w.Span, w.Target, w.TargetCertainty)))
        {
            var first = call.First();
            var all = call.ToArray();
            switch (first.Cmdlet)
            {
                case "New-VMSwitch":
                    NewSwitch(all, switches, adapters);
                    break;
                case "New-VM" or "Add-VMNetworkAdapter" or "Connect-VMNetworkAdapter":
                    Connect(all, adapters, complete);
                    break;
                case "Set-VMSwitch" when first.ComputerName is null && Literal(first) is { } name && switches.GetValueOrDefault(name) is { } created:
                    foreach (var w in all.Where(w => w.Parameter == parameter && HyperVValues.Known(w) is not null))
                    {
                        yield return (w, [new Link(created.Name, w, created)]);
                    }

                    break;
                case "Set-VMNetworkAdapter" when first.ComputerName is null:
                    foreach (var w in all.Where(w => w.Parameter == parameter && HyperVValues.Known(w) is not null))
                    {
                        if (LinksOf(w, adapters, complete) is { } found)
                        {
                            yield return (w, found.Select(l => l with { Created = switches.GetValueOrDefault(l.Switch) }).ToArray());
                        }
                    }

                    break;
            }
        }
    }

    private static void NewSwitch(HyperVSettingWrite[] call, Dictionary<string, CreatedSwitch?> switches, Dictionary<string, Dictionary<string, Link?>> adapters)
    {
        var first = call[0];
        if (first.ComputerName is not null || Literal(first) is not { } name)
        {
            return;
        }

        var known = !call.Any(w => w.IsConditional);
        switches[name] = known ? new CreatedSwitch(name, call) : null;

        // -AllowManagementOS $true gives the management OS an adapter named after the switch.
        if (call.FirstOrDefault(w => w.Parameter == "AllowManagementOS") is { } allow && HyperVValues.Known(allow) is { } text && IsTrue(text))
        {
            Owner(adapters, Host)[name] = known ? new Link(name, allow, null) : null;
        }
    }

    private static void Connect(HyperVSettingWrite[] call, Dictionary<string, Dictionary<string, Link?>> adapters, HashSet<string> complete)
    {
        var first = call[0];
        if (first.ComputerName is not null)
        {
            return;
        }

        // New-VM -Name names the VM; the other two name an adapter with -Name.
        var (owner, adapter, named) = first.Cmdlet == "New-VM" ? (Literal(first), null, false) : Addressed(first);

        if (owner is null || (named && adapter is null))
        {
            // Which VM or adapter it connects is not known: nothing known about any adapter holds.
            adapters.Clear();
            complete.Clear();
            return;
        }

        var sw = call.FirstOrDefault(w => w.Parameter == "SwitchName");
        var known = !call.Any(w => w.IsConditional) && (sw is null || (HyperVValues.Known(sw) is not null && sw.ValueCertainty != Certainty.Unresolved));
        Link? link = sw is not null && known ? new Link(HyperVValues.Known(sw)!.Trim(), sw, null) : null;
        if (first.Cmdlet == "Connect-VMNetworkAdapter" && sw is null)
        {
            // -UseAutomaticConnection or a -VMSwitch object: connected to a switch not named here.
            link = null;
        }

        var map = Owner(adapters, owner);
        switch (first.Cmdlet)
        {
            case "New-VM":
                map.Clear();
                map[DefaultAdapter] = link;
                if (known)
                {
                    complete.Add(owner);
                }
                else
                {
                    complete.Remove(owner);
                }

                break;
            case "Add-VMNetworkAdapter":
                map[adapter ?? DefaultAdapter] = link;
                if (!known)
                {
                    complete.Remove(owner);
                }

                break;
            case "Connect-VMNetworkAdapter" when adapter is null:
                map.Clear();
                map[Others] = link;
                if (known)
                {
                    complete.Add(owner);
                }

                break;
            case "Connect-VMNetworkAdapter":
                map[adapter] = link;
                break;
        }
    }

    // The links of the adapters a Set-VMNetworkAdapter write sets, or null when any is not known.
    private static Link[]? LinksOf(HyperVSettingWrite w, Dictionary<string, Dictionary<string, Link?>> adapters, HashSet<string> complete)
    {
        var (owner, name, named) = Addressed(w);
        if (owner is null || !adapters.TryGetValue(owner, out var map))
        {
            return null;
        }

        if (named)
        {
            if (name is null)
            {
                return null;
            }

            var link = map.TryGetValue(name, out var one) ? one : map.GetValueOrDefault(Others);
            return link is { } l ? [l] : null;
        }

        // Every adapter of the owner: only when the script knows them all.
        if (owner == Host || !complete.Contains(owner) || map.Count == 0 || map.Values.Any(l => l is null))
        {
            return null;
        }

        return [.. map.Values.Select(l => l!.Value)];
    }

    /// <summary>Whose adapter a write addresses (a VM's literal name, or the host's marker for the management OS), and which adapter when it names one.</summary>
    internal static (string? Owner, string? Adapter, bool Named) Addressed(HyperVSettingWrite w) => w.TargetParameter switch
    {
        "Name" or "VMNetworkAdapterName" => (w.ManagementOS ? Host : w.VMName, Literal(w), true),
        "VMName" or "Get-VM" or "Get-VMNetworkAdapter" => (Literal(w), null, false),
        _ => (w.ManagementOS ? Host : null, null, false),
    };

    private static Dictionary<string, Link?> Owner(Dictionary<string, Dictionary<string, Link?>> adapters, string owner)
    {
        if (!adapters.TryGetValue(owner, out var map))
        {
            adapters[owner] = map = new Dictionary<string, Link?>(StringComparer.OrdinalIgnoreCase);
        }

        return map;
    }

    /// <summary>The adapters a Set-VMNetworkAdapter write sets, as users read them: "the adapters of VM 'web01'", "adapter 'Storage' of VM 'web01'", "management OS adapter 'LM'".</summary>
    public static string Describe(HyperVSettingWrite w) => w.TargetDisplay;

    /// <summary>The switches links go to, in words: "switch 'A' (line 3)", "switches 'A' (line 3) and 'B' (line 5)".</summary>
    public static string Switches(IEnumerable<Link> links, HyperVSettingWrite at)
    {
        var distinct = links.GroupBy(l => l.Switch, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToArray();
        var each = distinct.Select(l => $"'{l.Switch}' ({RuleContext.Place(l.ConnectedBy, at)})").ToArray();
        return (distinct.Length == 1 ? "switch " : "switches ") + string.Join(" and ", each);
    }

    /// <summary>The target's literal name, when it is one.</summary>
    public static string? Literal(HyperVSettingWrite w) =>
        w.Target is { } t && w.TargetCertainty != Certainty.Unresolved && !t.Contains('*', StringComparison.Ordinal) ? t.Trim() : null;

    /// <summary>Whether a value as PowerShell converts it to text is true ($true, 1).</summary>
    public static bool IsTrue(string text) => text.Trim().TrimStart('$') is var t && (t.Equals("true", StringComparison.OrdinalIgnoreCase) || t == "1");

    /// <summary>Whether a value as PowerShell converts it to text is false ($false, 0).</summary>
    public static bool IsFalse(string text) => text.Trim().TrimStart('$') is var t && (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0");
}
