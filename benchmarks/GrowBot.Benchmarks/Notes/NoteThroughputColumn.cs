using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GrowBot.Benchmarks.Notes;

/// <summary>Adds a MB/s column (10^6 UTF-8 bytes of note text per second) to note analyser benchmarks.</summary>
internal sealed class NoteThroughputColumn : IColumn
{
    public string Id => nameof(NoteThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of UTF-8 note text analysed per second, from the mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        Statistics? statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Descriptor.Type != typeof(NoteAnalyserBenchmarks))
        {
            return "-";
        }

        double seconds = statistics.Mean / 1e9;
        return (NoteWorkload.TotalUtf8Bytes / 1e6 / seconds).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
