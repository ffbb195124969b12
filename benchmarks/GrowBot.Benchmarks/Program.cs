using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GrowBot.Benchmarks.Notes;

IConfig config = DefaultConfig.Instance.AddColumn(new NoteThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(NoteAnalyserBenchmarks).Assembly).Run(args, config);
