using System.Text;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Tests.Infrastructure;

public sealed class CsvFileTests
{
    [Fact]
    public void A_download_has_a_byte_order_mark_quotes_text_and_defuses_formulas()
    {
        var file = CsvFile.Download("x.csv", ["naam", "aantal"], [["=SUM(A1)", CsvCell.Plain("12")], ["Nuenen, Gerwen \"en\" Nederwetten", CsvCell.Plain("< 5")], [null, CsvCell.Day(new DateTime(2026, 3, 1))]]);

        Assert.Equal("text/csv", file.ContentType);
        Assert.Equal("x.csv", file.FileDownloadName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.FileContents[..3]);
        Assert.Equal("naam,aantal\r\n\"'=SUM(A1)\",12\r\n\"Nuenen, Gerwen \"\"en\"\" Nederwetten\",< 5\r\n\"\",2026-03-01\r\n", Encoding.UTF8.GetString(file.FileContents[3..]));
    }

    [Fact]
    public async Task Reading_gives_each_record_its_line_skips_empty_lines_and_keeps_commas_in_quotes()
    {
        var records = new List<(int Line, IReadOnlyList<string> Fields)>();
        await foreach (var record in CsvFile.ReadAsync(new StringReader("\uFEFFcode,name\r\n\r\nGM0820, \"Nuenen, Gerwen en Nederwetten\" \r\nGM0363,Amsterdam,extra\r\n")))
        {
            records.Add(record);
        }

        Assert.Equal([1, 3, 4], records.Select(r => r.Line));
        Assert.Equal(["code", "name"], records[0].Fields);
        Assert.Equal(["GM0820", "Nuenen, Gerwen en Nederwetten"], records[1].Fields);
        Assert.Equal(["GM0363", "Amsterdam", "extra"], records[2].Fields);
    }
}
