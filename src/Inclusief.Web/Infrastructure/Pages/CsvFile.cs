using CsvHelper;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// Every CSV the platform reads or writes, on CsvHelper. Exports open safely in a spreadsheet: UTF-8 with a byte-order
/// mark (so Excel reads é), text in quotes, and text that starts like a formula (=, +, -, @, tab, return)
/// prefixed with ' so it is shown and never run.
/// </summary>
public static class CsvFile
{
    private static readonly CsvWriterOptions Writing = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
    };

    private static readonly CsvReaderOptions Reading = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MalformedData = CsvMalformedDataHandling.Recover,
    };

    /// <summary>A download: the header, then one line a row; <see cref="CsvCell.Text"/> cells are quoted, numbers, dates and codes are not.</summary>
    public static FileContentResult Download(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<CsvCell>> rows)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, Writing, leaveOpen: true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell.Value, cell.Quoted ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
                }
                csv.EndRecord();
            }
        }
        return new PrivateDownload(bytes.ToArray(), "text/csv") { FileDownloadName = fileName };
    }

    /// <summary>The records of an uploaded file with the line each starts on, header included, empty lines left out, fields trimmed.</summary>
    public static async IAsyncEnumerable<(int Line, IReadOnlyList<string> Fields)> ReadAsync(TextReader text)
    {
        using var csv = CsvReader.Create(text, Reading);
        while (await csv.ReadAsync())
        {
            var fields = csv.Current.ToArray();
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            yield return ((int)csv.LineNumber, [.. fields.Select((f, i) => (i == 0 ? f.TrimStart('\uFEFF') : f).Trim())]);
        }
    }
}
