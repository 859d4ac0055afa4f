using System.Globalization;
using System.Text;

namespace HvLint.Benchmarks;

/// <summary>
/// Deterministic .reg inputs in the shapes the issue measures: a regedit export (UTF-16LE with a
/// byte order mark, eight values per key, most keys belonging to other software, some under
/// Hyper-V's own keys), many keys of one value, many values under one key, and an export full of
/// mistakes under Hyper-V's keys.
/// </summary>
internal static class RegInputs
{
    private const string Header = "Windows Registry Editor Version 5.00\r\n\r\n";
    private const string Virtualization = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
    private const string MemoryReserve = @"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vid\Parameters\MemoryReserve";

    private static readonly string[] s_vendors = ["Contoso", "Fabrikam", "Litware", "Northwind Traders", "Adatum", "Tailspin Toys", "Wingtip", "Woodgrove Bank"];
    private static readonly string[] s_products = ["Agent", "Backup", "Monitoring", "Inventory", "Updater", "Sync"];
    private static readonly string[] s_sections = ["Settings", "Plugins", "Jobs", "Cache", "Profiles"];

    /// <summary>A regedit-style export of about <paramref name="bytes"/> bytes (UTF-16LE, BOM).</summary>
    public static void Export(string path, long bytes, bool withMistakes)
    {
        using var stream = File.Create(path);
        Export(stream, bytes, withMistakes);
    }

    /// <summary>The same export in memory.</summary>
    public static byte[] ExportBytes(long bytes, bool withMistakes)
    {
        using var stream = new MemoryStream();
        Export(stream, bytes, withMistakes);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the export. Every 16th key is a Hyper-V key (a vid memory-reserve partition, or a
    /// virtual machine's key under Virtualization) so that the catalog is exercised; with
    /// <paramref name="withMistakes"/> every second key is one, and its values carry the mistakes a
    /// hand-edited export has (misspelt names, wrong types).
    /// </summary>
    public static void Export(Stream stream, long bytes, bool withMistakes)
    {
        using var w = new StreamWriter(stream, new UnicodeEncoding(bigEndian: false, byteOrderMark: true), 1 << 16, leaveOpen: true);
        w.Write(Header);
        WriteHyperVHeaderKeys(w);
        var random = new Random(20261206);
        for (var i = 0; ; i++)
        {
            // Two bytes per character, plus the byte order mark: flush to see the real size.
            if (i % 64 == 0)
            {
                w.Flush();
                if (stream.Length >= bytes)
                {
                    break;
                }
            }

            var hyperV = withMistakes ? i % 2 == 0 : i % 16 == 0;
            if (hyperV && (i / (withMistakes ? 2 : 16)) % 2 == 0)
            {
                MemoryReserveKey(w, i, withMistakes);
            }
            else if (hyperV)
            {
                VirtualMachineKey(w, i, random, withMistakes);
            }
            else
            {
                VendorKey(w, i, random);
            }
        }
    }

    /// <summary>Keys of one value each, under other software's keys (ASCII, as reg.exe and editors write).</summary>
    public static void ManyKeys(string path, int keys)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write(Header);
        for (var i = 0; i < keys; i++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"[HKEY_LOCAL_MACHINE\\SOFTWARE\\{s_vendors[i % s_vendors.Length]}\\K{i:D5}]\r\n\"V\"=dword:{i:x8}\r\n\r\n"));
        }
    }

    /// <summary>Many values under one key of other software.</summary>
    public static void ManyValues(string path, int values)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write(Header);
        w.Write("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Inventory]\r\n");
        for (var i = 0; i < values; i++)
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Item{i:D6}\"=dword:{i:x8}\r\n"));
        }
    }

    /// <summary>The smallest useful file: one Hyper-V value, no finding.</summary>
    public static void One(string path) =>
        File.WriteAllText(path, Header + "[" + Virtualization + "\\Migration]\r\n\"EnableVirtualSystemMigration\"=dword:00000001\r\n", new UTF8Encoding(false));

    /// <summary>A .reg of <paramref name="writes"/> values, eight per key, the keys mixed as in <see cref="Export(Stream, long, bool)"/>.</summary>
    public static byte[] Writes(int writes, bool hyperV)
    {
        var sb = new StringBuilder(Header);
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            var random = new Random(7);
            for (var i = 0; i < writes / 8; i++)
            {
                if (!hyperV)
                {
                    VendorKey(w, i, random);
                }
                else if (i % 2 == 0)
                {
                    MemoryReserveKey(w, i, withMistakes: i % 4 == 0);
                }
                else
                {
                    VirtualMachineKey(w, i, random, withMistakes: i % 4 == 1);
                }
            }
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    internal static void WriteHyperVHeaderKeys(TextWriter w)
    {
        w.Write("[" + Virtualization + "\\Migration]\r\n");
        w.Write("\"EnableVirtualSystemMigration\"=dword:00000001\r\n\"MaximumActiveVmMigrationCount\"=dword:00000002\r\n\"MaximumActiveStorageMigrationCount\"=dword:00000002\r\n\r\n");
        w.Write("[" + Virtualization + "\\Worker]\r\n");
        w.Write("\"RamOpConcurrencyMin\"=dword:00000004\r\n\"RamOpConcurrencyMax\"=dword:00000010\r\n\r\n");
        w.Write("[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vmsmp\\Parameters]\r\n");
        w.Write("\"VmsMaxNicResetTimeInSeconds\"=dword:00000078\r\n\r\n");
    }

    // vid's memory reserve for one partition: exactly the eight values the catalog knows there.
    internal static void MemoryReserveKey(TextWriter w, int i, bool withMistakes)
    {
        w.Write(string.Create(CultureInfo.InvariantCulture, $"[{MemoryReserve}\\{i}]\r\n"));
        w.Write(withMistakes ? "\"HugePagesOnyl\"=dword:00000001\r\n" : "\"HugePagesOnly\"=dword:00000000\r\n");
        w.Write(withMistakes ? "\"Above4GBOnly\"=\"1\"\r\n" : "\"Above4GBOnly\"=dword:00000000\r\n");
        w.Write("\"UseSystemPartitionForHvDeposits\"=dword:00000000\r\n");
        w.Write("\"UseSystemPartitionForPhysicalBuffers\"=dword:00000000\r\n");
        w.Write(withMistakes ? "\"AllowSpilingForHvDeposits\"=dword:00000001\r\n" : "\"AllowSpillingForHvDeposits\"=dword:00000001\r\n");
        w.Write("\"AllowNumaSpanning\"=dword:00000001\r\n");
        w.Write("\"AllowPostKsrCreate\"=dword:00000001\r\n");
        w.Write(withMistakes ? "\"TargetSizeInMB\"=dword:00000400\r\n\r\n" : "\"TargetSizeInMB\"=hex(b):00,04,00,00,00,00,00,00\r\n\r\n");
    }

    // A virtual machine's key under Virtualization: its name and description, and what else
    // a management tool keeps there. The mistakes: a misspelt name, and a name of the wrong type.
    private static void VirtualMachineKey(TextWriter w, int i, Random random, bool withMistakes)
    {
        w.Write("[" + Virtualization + "\\{" + Guid(random) + "}]\r\n");
        w.Write(withMistakes ? "\"ElementName\"=dword:00000001\r\n" : string.Create(CultureInfo.InvariantCulture, $"\"ElementName\"=\"VM{i:D6}\"\r\n"));
        w.Write(withMistakes ? "\"Descripton\"=\"web tier\"\r\n" : "\"Description\"=\"web tier\"\r\n");
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Owner\"=\"CONTOSO\\\\ops{i % 17}\"\r\n"));
        w.Write("\"Notes\"=\"managed by the fabric controller\"\r\n");
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Tier\"=dword:{i % 3:x8}\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"CostCenter\"=\"CC{i % 100:D3}\"\r\n"));
        w.Write(withMistakes ? "\"ElementNmae\"=\"x\"\r\n" : "\"Site\"=\"x\"\r\n");
        w.Write("\"BackupPolicy\"=\"nightly\"\r\n\r\n");
    }

    // Other software's key: the mix of types a regedit export has, long binary and string-list
    // values wrapped the way regedit wraps them.
    private static void VendorKey(TextWriter w, int i, Random random)
    {
        var vendor = s_vendors[i % s_vendors.Length];
        w.Write(string.Create(CultureInfo.InvariantCulture, $"[HKEY_LOCAL_MACHINE\\SOFTWARE\\{vendor}\\{s_products[(i / 8) % s_products.Length]}\\{s_sections[(i / 48) % s_sections.Length]}\\{i:D7}]\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"@=\"{vendor} component {i}\"\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"InstallPath\"=\"C:\\\\Program Files\\\\{vendor}\\\\bin{i % 10}\"\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Version\"=\"{i % 7}.{i % 13}.{i}\"\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"Enabled\"=dword:{i % 2:x8}\r\n"));
        w.Write(string.Create(CultureInfo.InvariantCulture, $"\"TimeoutMs\"=dword:{random.Next():x8}\r\n"));
        Hex(w, "\"Signature\"=hex:", Enumerable.Range(0, 8 + random.Next(40)).Select(_ => (byte)random.Next(256)).ToArray());
        Hex(w, "\"DataPath\"=hex(2):", Encoding.Unicode.GetBytes("%ProgramData%\\" + vendor + "\\data\0"));
        Hex(w, "\"Servers\"=hex(7):", Encoding.Unicode.GetBytes("srv1.contoso.com\0srv2.contoso.com\0\0"));
        w.Write("\r\n");
    }

    // regedit writes comma-separated bytes and continues a line with "\" past 80 columns.
    private static void Hex(TextWriter w, string prefix, byte[] data)
    {
        w.Write(prefix);
        var column = prefix.Length;
        for (var b = 0; b < data.Length; b++)
        {
            w.Write(data[b].ToString("x2", CultureInfo.InvariantCulture));
            column += 2;
            if (b < data.Length - 1)
            {
                w.Write(',');
                column++;
                if (column > 76)
                {
                    w.Write("\\\r\n  ");
                    column = 2;
                }
            }
        }

        w.Write("\r\n");
    }

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }
}
