using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    // ── Reassignment of open preparations ──

    [SkippableFact]
    public async Task Reassignment_MovesOpenPreparation_WithoutStageNotes()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var preparations = Harness.Get<IPreparationStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        Preparation before = await preparations.SaveAsync(PreparationWithNotes(tenant), Ct);

        await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Preparation? moved = await preparations.GetAsync(tenant, before.Id, Ct);
        Assert.NotNull(moved);
        Assert.Equal("h-2", moved.HrbpId);
        Assert.Empty(moved.Notes);
        Assert.Equal(before.Version + 1, moved.Version);
        Assert.Equal(before.EmployeeId, moved.EmployeeId);
        Assert.Equal(before.Stage, moved.Stage);
        Assert.Equal(before.TargetPercent, moved.TargetPercent);
        Assert.Equal(before.TargetRole, moved.TargetRole);
        Assert.Equal(before.Requests, moved.Requests);
        Assert.Equal(before.CheckInRequestedAt, moved.CheckInRequestedAt);
        Assert.Equal(before.CheckIn, moved.CheckIn);
        Assert.Equal(before.CreatedAt, moved.CreatedAt);
        Assert.Equal(before.UpdatedAt, moved.UpdatedAt);
        Assert.True(moved.IsOpen);
        Assert.Null(await preparations.FindOpenAsync(tenant, "h-1", "e-1", Ct));
        Assert.Equal(before.Id, (await preparations.FindOpenAsync(tenant, "h-2", "e-1", Ct))?.Id);
    }

    [SkippableFact]
    public async Task Reassignment_KeepsStageNotesWithAuthor()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var notes = Harness.Get<INoteStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        Preparation preparation = await Harness.Get<IPreparationStore>().SaveAsync(PreparationWithNotes(tenant), Ct);

        await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        InterviewNote note = Assert.Single(await notes.ListByAuthorAsync(tenant, "h-1", 10, Ct));
        Assert.Equal("h-1", note.AuthorId);
        Assert.Equal("e-1", note.EmployeeId);
        Assert.Equal(preparation.Id, note.PreparationId);
        Assert.Equal(NotePrivacy.Private, note.Privacy);
        Assert.Equal("Goal: 想升主管\nReality: 张伟说压力很大, stressed by overtime\nWay forward: Weekly check-in", note.Text);
        Assert.Equal(StorageHarness.Now, note.CreatedAt);
        Assert.Equal(BuiltInNoteAnalyser.AnalyserName, note.AnalyserName);
        StoredNoteAnalysis analysis = NoteAnalysisService.ReadStoredAnalysis(note.AnalysisJson);
        Assert.Equal(BuiltInNoteAnalyser.AnalyserName, analysis.Analysis.AnalyserName);
        Assert.True(analysis.Analysis.HasSignal(NoteSignalCodes.Stress));
        Assert.Empty(await notes.ListByAuthorAsync(tenant, "h-2", 10, Ct));
    }

    [SkippableFact]
    public async Task Reassignment_PreparationWithoutNotes_AddsNoNote()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var preparations = Harness.Get<IPreparationStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        Preparation blank = await preparations.SaveAsync(Preparation.Start(tenant, "h-1", "e-1", StorageHarness.Now), Ct);

        await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Assert.Equal("h-2", (await preparations.GetAsync(tenant, blank.Id, Ct))?.HrbpId);
        Assert.Empty(await Harness.Get<INoteStore>().ListByAuthorAsync(tenant, "h-1", 10, Ct));
    }

    [SkippableFact]
    public async Task Reassignment_CompletedPreparation_StaysWithAuthor()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var preparations = Harness.Get<IPreparationStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        Preparation completed = await preparations.SaveAsync(PreparationWithNotes(tenant) with { CompletedAt = StorageHarness.Now }, Ct);

        await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Preparation? read = await preparations.GetAsync(tenant, completed.Id, Ct);
        Assert.NotNull(read);
        Assert.Equal("h-1", read.HrbpId);
        Assert.Equal(completed.Version, read.Version);
        Assert.Equal("想升主管", read.NotesFor(GrowStage.Goal));
        Assert.Empty(await Harness.Get<INoteStore>().ListByAuthorAsync(tenant, "h-1", 10, Ct));
    }

    [SkippableFact]
    public async Task Reassignment_SentAgain_ChangesNothing()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var preparations = Harness.Get<IPreparationStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        Preparation preparation = await preparations.SaveAsync(PreparationWithNotes(tenant), Ct);
        await store.ApplyAsync(ValidBatch(tenant, "b-2", hrbpId: "h-2"), "hash-2", Ct);
        Preparation? moved = await preparations.GetAsync(tenant, preparation.Id, Ct);

        IngestResult duplicate = await store.ApplyAsync(ValidBatch(tenant, "b-2", hrbpId: "h-2"), "hash-2", Ct);
        IngestResult reapplied = await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Assert.Equal(IngestOutcome.Duplicate, duplicate.Outcome);
        Assert.Equal(IngestOutcome.Applied, reapplied.Outcome);
        Assert.Equal(0, reapplied.EndedAssignments);
        Preparation? after = await preparations.GetAsync(tenant, preparation.Id, Ct);
        Assert.NotNull(after);
        Assert.Equal("h-2", after.HrbpId);
        Assert.Equal(moved!.Version, after.Version);
        Assert.Single(await Harness.Get<INoteStore>().ListByAuthorAsync(tenant, "h-1", 10, Ct));
        Assert.Empty(await Harness.Get<INoteStore>().ListByAuthorAsync(tenant, "h-2", 10, Ct));
    }

    private static Preparation PreparationWithNotes(string tenant)
    {
        DateTimeOffset now = StorageHarness.Now.AddDays(-1);
        return Preparation.Start(tenant, "h-1", "e-1", now)
            .WithNotes(GrowStage.WayForward, "Weekly check-in", now)
            .WithNotes(GrowStage.Reality, "张伟说压力很大, stressed by overtime", now)
            .WithNotes(GrowStage.Goal, "想升主管", now) with
        {
            Stage = GrowStage.Options,
            TargetPercent = 110m,
            TargetRole = "主管",
            CheckInRequestedAt = now,
            CheckIn = new CheckInAnswer("加班", 2, "team is understaffed", now),
            Requests = [new OptionRequest(OptionRequestKind.CourseEnrolment, "c-1", "h-1", now)],
        };
    }
}
