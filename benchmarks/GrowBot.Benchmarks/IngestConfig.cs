using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GrowBot.Benchmarks;

/// <summary>
/// Runs in process with one invocation per iteration, because each iteration loads 100,000 points into a fresh
/// database. With GROWBOT_TEST_POSTGRES set (see tests/start-postgres.sh) PostgreSQL is measured too.
/// </summary>
public sealed class IngestConfig : ManualConfig
{
    public IngestConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
