using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using HvLint.Core.Catalog;

namespace HvLint.Core.Tests;

/// <summary>
/// The built-in catalog is read from its embedded UTF-8 bytes at start-up; a catalog given as
/// text (an organisation's extra files, tests) goes through <see cref="CatalogLoader.Load"/>.
/// Both paths must give the same catalog, with the same version that reports carry.
/// </summary>
public sealed class CatalogLoadPathTests
{
    [Fact]
    public void The_built_in_catalog_equals_the_catalog_loaded_from_its_files_as_text()
    {
        var fromText = CatalogLoader.Load(CatalogLoader.BuiltInFiles());
        var builtIn = CatalogLoader.BuiltIn;
        Assert.Equal(fromText.Version, builtIn.Version);
        Assert.Equal(fromText.Entries.Count, builtIn.Entries.Count);
        for (var i = 0; i < builtIn.Entries.Count; i++)
        {
            Assert.Equal(Dump(fromText.Entries[i]), Dump(builtIn.Entries[i]));
        }

        Assert.Equal(fromText.OwnedLocations.Select(Dump), builtIn.OwnedLocations.Select(Dump));
    }

    [Fact]
    public void The_catalog_version_is_the_hash_of_each_file_name_and_text()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, json) in CatalogLoader.BuiltInFiles())
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n" + json));
        }

        Assert.Equal(Convert.ToHexStringLower(sha.GetHashAndReset())[..12], CatalogLoader.BuiltIn.Version);
    }

    // Every public property, recursively, as text: a field one path reads and the other does
    // not shows up as a difference.
    private static string Dump(object? value)
    {
        var text = new StringBuilder();
        Dump(value, text, depth: 0);
        return text.ToString();
    }

    private static void Dump(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case KeyPattern p:
                text.Append("pattern ").Append(p.Text).Append(" depth ").Append(p.Depth).Append(p.IsLiteral ? " literal " + p.LiteralPath : string.Empty);
                return;
            case IFormattable f when value.GetType().IsPrimitive || value.GetType().IsEnum:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b);
                return;
            case IEnumerable items:
                var all = items.Cast<object?>().Select(Dump);
                text.Append('[').AppendJoin(", ", value is IReadOnlySet<string> ? all.Order(StringComparer.Ordinal) : all).Append(']');
                return;
        }

        Assert.True(depth < 8, "the catalog model nests deeper than expected");
        text.Append(value.GetType().Name).Append(" {");
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(' ').Append(property.Name).Append(": ");
            Dump(property.GetValue(value), text, depth + 1);
        }

        text.Append(" }");
    }
}
