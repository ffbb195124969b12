using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GrowBot.Benchmarks.Notes;

// Reports go to artifacts/benchmarks under the working directory, which git ignores. Each benchmark class
// carries its own job settings (see IngestConfig); docs/benchmarks.md lists the commands.
IConfig config = DefaultConfig.Instance
    .WithArtifactsPath(Path.Combine(Environment.CurrentDirectory, "artifacts", "benchmarks"))
    .AddColumn(new NoteThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(NoteAnalyserBenchmarks).Assembly).Run(args, config);
