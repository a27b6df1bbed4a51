using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Pipeline.Lake.Query;

/// <summary>Prints a DuckDB result as an aligned table, CSV or JSON Lines. Timestamps print as UTC ISO-8601.</summary>
internal static class QueryResultWriter
{
    public static long WriteTable(DbDataReader reader, TextWriter output, int maxRows)
    {
        int n = reader.FieldCount;
        var header = new string[n];
        var widths = new int[n];
        for (int i = 0; i < n; i++)
        {
            header[i] = reader.GetName(i);
            widths[i] = header[i].Length;
        }

        var rows = new List<string[]>();
        long total = 0;
        while (reader.Read())
        {
            total++;
            if (rows.Count >= maxRows)
            {
                continue;
            }

            var row = new string[n];
            for (int i = 0; i < n; i++)
            {
                row[i] = Format(reader.IsDBNull(i) ? null : reader.GetValue(i)) ?? "NULL";
                widths[i] = Math.Max(widths[i], Math.Min(row[i].Length, 60));
            }

            rows.Add(row);
        }

        WriteRow(output, header, widths);
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (string[] row in rows)
        {
            WriteRow(output, row, widths);
        }

        output.WriteLine(total == rows.Count
            ? string.Create(CultureInfo.InvariantCulture, $"({total} row{(total == 1 ? "" : "s")})")
            : string.Create(CultureInfo.InvariantCulture, $"({total} rows, first {rows.Count} shown; --format csv or json prints all)"));
        return total;
    }

    public static long WriteCsv(DbDataReader reader, TextWriter output)
    {
        int n = reader.FieldCount;
        for (int i = 0; i < n; i++)
        {
            output.Write(i == 0 ? "" : ",");
            output.Write(CsvField(reader.GetName(i)));
        }

        output.WriteLine();
        long total = 0;
        while (reader.Read())
        {
            total++;
            for (int i = 0; i < n; i++)
            {
                output.Write(i == 0 ? "" : ",");
                string? value = reader.IsDBNull(i) ? null : Format(reader.GetValue(i));
                output.Write(value is null ? "" : CsvField(value));
            }

            output.WriteLine();
        }

        return total;
    }

    public static long WriteJson(DbDataReader reader, TextWriter output)
    {
        int n = reader.FieldCount;
        long total = 0;
        var line = new StringBuilder();
        while (reader.Read())
        {
            total++;
            line.Clear().Append('{');
            for (int i = 0; i < n; i++)
            {
                line.Append(i == 0 ? "" : ",").Append(LakeCatalog.JsonString(reader.GetName(i))).Append(':');
                AppendJson(line, reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            output.WriteLine(line.Append('}').ToString());
        }

        return total;
    }

    private static void AppendJson(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                line.Append("null");
                break;
            case bool b:
                line.Append(b ? "true" : "false");
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or System.Numerics.BigInteger:
                string number = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                line.Append(number is "NaN" or "Infinity" or "-Infinity" ? LakeCatalog.JsonString(number) : number);
                break;
            case IList list when value is not string:
                line.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    line.Append(i == 0 ? "" : ",");
                    AppendJson(line, list[i]);
                }

                line.Append(']');
                break;
            default:
                line.Append(LakeCatalog.JsonString(Format(value)!));
                break;
        }
    }

    internal static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        DateTimeOffset dto => dto.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + (dt.Kind == DateTimeKind.Local ? "" : "Z"),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IList list => "[" + string.Join(", ", list.Cast<object?>().Select(o => Format(o) ?? "NULL")) + "]",
        _ => value.ToString(),
    };

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            string cell = cells[i].Length > 60 ? cells[i][..59] + "…" : cells[i];
            line.Append(i == 0 ? "" : " | ").Append(cell.PadRight(widths[i]));
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
