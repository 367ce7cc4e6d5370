using System.Globalization;
using ClosedXML.Excel;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>
/// A figure as a download: CSV (through <see cref="CsvFile"/>) or a spreadsheet (ClosedXML), with the same rows,
/// labels and hidden cells as the page. Numbers are written as numbers, a hidden cell as "&lt; 5".
/// </summary>
public static class FigureFile
{
    public const string SpreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileContentResult Csv(Figure figure, FigureText text, string fileName)
    {
        var rows = Table(figure, text).Select(row => row.Select(cell => cell switch
        {
            double value => CsvCell.Plain(value.ToString(CultureInfo.InvariantCulture)),
            _ => CsvCell.Text(cell?.ToString()),
        }));
        return CsvFile.Download(fileName, [text[figure.RowHeader], .. figure.Series.Select(s => text[s])], rows);
    }

    /// <summary>One sheet a figure: its title, its sentence, then the table.</summary>
    public static FileContentResult Spreadsheet(IEnumerable<Figure> figures, FigureText text, string fileName)
    {
        using var workbook = new XLWorkbook();
        foreach (var figure in figures)
        {
            var sheet = workbook.Worksheets.Add(figure.Key.Length > 31 ? figure.Key[..31] : figure.Key);
            sheet.Cell(1, 1).Value = text[figure.Title];
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(2, 1).Value = text.Sentence(figure.Summary);
            var header = new[] { text[figure.RowHeader] }.Concat(figure.Series.Select(s => text[s])).ToList();
            for (var c = 0; c < header.Count; c++)
            {
                sheet.Cell(4, c + 1).Value = header[c];
                sheet.Cell(4, c + 1).Style.Font.Bold = true;
            }
            var line = 5;
            foreach (var row in Table(figure, text))
            {
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = sheet.Cell(line, c + 1);
                    if (row[c] is double value)
                    {
                        cell.Value = value;
                    }
                    else
                    {
                        // Text, never a formula, whatever a label holds.
                        cell.SetValue(row[c]?.ToString() ?? "");
                        cell.DataType = XLDataType.Text;
                    }
                }
                line++;
            }
            // Widths by hand: measuring text would need GDI+, which a Linux server does not have.
            sheet.Column(1).Width = 40;
            sheet.Columns(2, header.Count).Width = 16;
        }
        using var bytes = new MemoryStream();
        workbook.SaveAs(bytes);
        return new PrivateDownload(bytes.ToArray(), SpreadsheetType) { FileDownloadName = fileName };
    }

    /// <summary>The rows as cells: the label, then a number, "&lt; 5" for a hidden cell or empty; the total last.</summary>
    private static List<List<object?>> Table(Figure figure, FigureText text)
    {
        var table = figure.Rows.Zip(figure.Cells(text.SuppressSmall))
            .Select(pair => Cells(text.Label(pair.First.Label), pair.Second)).ToList();
        if (figure.HasTotal)
        {
            table.Add(Cells(text["Totaal"], figure.TotalCells(text.SuppressSmall)));
        }
        return table;
    }

    private static List<object?> Cells(string label, IEnumerable<FigureCell> cells) =>
        [label, .. cells.Select(c => c.Hidden ? Privacy.SmallCells.Hidden : (object?)c.Value)];
}
