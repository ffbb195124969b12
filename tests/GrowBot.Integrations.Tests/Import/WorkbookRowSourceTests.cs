using System.IO.Compression;
using GrowBot.Integrations.Import;
using MiniExcelLibs;

namespace GrowBot.Integrations.Tests.Import;

public sealed class WorkbookRowSourceTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("growbot-workbook").FullName;

    public static TheoryData<object?, string?> Cells => new()
    {
        { null, null },
        { "  ", null },
        { " emp-2 ", "emp-2" },
        { 4.2, "4.2" },
        { 120.0, "120" },
        { 0.0000001, "0.0000001" },
        { 12345678901234.5, "12345678901234.5" },
        { -3.75m, "-3.75" },
        { true, "true" },
        { false, "false" },
        { new DateTime(2026, 4, 1), "2026-04-01" },
        { new DateTime(2026, 3, 31, 18, 30, 0), "2026-03-31T18:30:00Z" },
        { new DateTime(2026, 3, 31, 18, 30, 0, 250), "2026-03-31T18:30:00.25Z" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void CellText_IsInvariantText(object? cell, string? expected) =>
        Assert.Equal(expected, WorkbookRowSource.CellText(cell));

    [Fact]
    public async Task Rows_KeepWorksheetRowNumbers()
    {
        string path = Path.Combine(_directory, "ratings.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["Employee No"] = "emp-1", ["Score"] = 3.5, ["Quarter"] = new DateTime(2026, 1, 1) },
            new Dictionary<string, object?> { ["Employee No"] = null, ["Score"] = null, ["Quarter"] = null },
            new Dictionary<string, object?> { ["Employee No"] = "emp-2", ["Score"] = null, ["Quarter"] = "2026-04-01" },
        });
        await using var source = new WorkbookRowSource(path, sheet: null);

        string[] header = await source.ReadHeaderAsync(CancellationToken.None);
        List<ImportRow> rows = await ReadAllAsync(source);

        Assert.Equal(["Employee No", "Score", "Quarter"], header);
        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal(["emp-1", "3.5", "2026-01-01"], rows[0].Values);
        Assert.Equal(["emp-2", null, "2026-04-01"], rows[1].Values);
    }

    [Fact]
    public void EncryptedWorkbook_AsksToRemovePassword()
    {
        string path = Path.Combine(_directory, "protected.xlsx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var exception = Assert.Throws<ImportFileException>(() => new WorkbookRowSource(path, sheet: null));

        Assert.Contains($"'{path}' is password-protected", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkbookWithoutSheets_IsRejected()
    {
        string path = Path.Combine(_directory, "empty.xlsx");
        using (ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""");
            Write(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");
        }

        var exception = Assert.Throws<ImportFileException>(() => new WorkbookRowSource(path, sheet: null));

        Assert.Contains($"'{path}' cannot be read as an Excel workbook, as it is damaged or has no worksheet", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedZip_IsRejected()
    {
        string path = Path.Combine(_directory, "damaged.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);

        var exception = Assert.Throws<ImportFileException>(() => new WorkbookRowSource(path, sheet: null));

        Assert.Contains("cannot be read as an Excel workbook", exception.Message, StringComparison.Ordinal);
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    private static async Task<List<ImportRow>> ReadAllAsync(IImportRowSource source)
    {
        var rows = new List<ImportRow>();
        await foreach (ImportRow row in source.ReadRowsAsync(CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
