using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Notes.Learning;

namespace GrowBot.Coaching.Tests.Notes.Learning;

public sealed class FeatureHashTests
{
    [Theory]
    [InlineData("最近压力很大，没有想离职，但不是不想升职。")]
    [InlineData("He isn't burned out; he's overwhelmed by the Q3 backlog and can't keep up.")]
    [InlineData("她说 workload 太重，不想 escalate，只想让 HR 知道。")]
    public void Parse_NamesRecordedWhileExtracting_GiveTheExtractedHashes(string text)
    {
        Dictionary<ulong, string> names = [];

        List<NoteFeature> features = NoteFeatureExtractor.Extract(NoteScan.Create(text, NoteLexicon.Default), names);

        Assert.NotEmpty(features);
        Assert.All(features, feature => Assert.Equal(feature.Hash, FeatureHash.Parse(names[feature.Hash])));
    }

    [Fact]
    public void Extract_Negator_MarksTheRestOfTheClause()
    {
        Dictionary<ulong, string> names = [];

        NoteFeatureExtractor.Extract(NoteScan.Create("没有压力，想晋升", NoteLexicon.Default), names);

        Assert.Contains("~压", names.Values);
        Assert.Contains("~压_力", names.Values);
        Assert.Contains("晋_升", names.Values);
        Assert.DoesNotContain("~晋", names.Values);
    }

    [Fact]
    public void Extract_EnglishWords_AreLowerCasedAndStemmed()
    {
        Dictionary<ulong, string> names = [];

        NoteFeatureExtractor.Extract(NoteScan.Create("Overwhelmed by Tickets", NoteLexicon.Default), names);

        Assert.Contains("overwhelm", names.Values);
        Assert.Contains("ticket", names.Values);
        Assert.Contains("overwhelm_by", names.Values);
    }
}
