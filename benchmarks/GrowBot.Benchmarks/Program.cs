using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Runs in process: each iteration loads 100,000 points into a fresh database, so one invocation per iteration.
// Run: dotnet run -c Release --project benchmarks/GrowBot.Benchmarks
// With GROWBOT_TEST_POSTGRES set (see tests/start-postgres.sh) PostgreSQL is measured too.
IConfig config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(GrowBot.Benchmarks.IngestBenchmarks).Assembly).Run(args, config);
