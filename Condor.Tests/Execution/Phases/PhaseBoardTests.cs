using Condor.Engine.Execution.Phases;

namespace Condor.Tests.Execution.Phases;

public sealed class PhaseBoardTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 14, 25, 0, TimeSpan.Zero);

    [Fact]
    public void Fresh_EightPhasesInOrder_AllWaiting()
    {
        var board = PhaseBoard.Fresh;

        Assert.Equal(Enum.GetValues<EntryPhase>(), board.Phases.Select(p => p.Phase));
        Assert.All(board.Phases, p => Assert.Equal(PhaseStatus.Waiting, p.Status));
        Assert.Null(board.Running);
        Assert.False(board.IsFinished);
    }

    [Fact]
    public void Start_LaterPhase_FinishesTheRunningOneAsDone()
    {
        var board = PhaseBoard.Fresh
            .Start(EntryPhase.Connect, T0, "connecting")
            .Start(EntryPhase.Wait, T0.AddSeconds(2), "waiting for 09:32");

        Assert.Equal(PhaseStatus.Done, board[EntryPhase.Connect].Status);
        Assert.Equal(T0.AddSeconds(2), board[EntryPhase.Connect].EndedAt);
        Assert.Equal(EntryPhase.Wait, board.Running!.Phase);
        Assert.Equal("waiting for 09:32", board.Running.Message);
    }

    [Fact]
    public void Complete_RunningPhase_DoneWithEndTimeAndMessage()
    {
        var board = PhaseBoard.Fresh.Start(EntryPhase.Connect, T0, "connecting")
            .Complete(EntryPhase.Connect, T0.AddSeconds(1), "connected to DU123");

        var connect = board[EntryPhase.Connect];
        Assert.Equal((PhaseStatus.Done, T0, T0.AddSeconds(1), "connected to DU123"),
            (connect.Status, connect.StartedAt, connect.EndedAt, connect.Message));
    }

    [Fact]
    public void Fail_FilterTripped_LaterPhasesSkippedAndBoardFinished()
    {
        var board = PhaseBoard.Fresh.Start(EntryPhase.CheckFilters, T0, "checking")
            .Fail(EntryPhase.CheckFilters, T0, "no trade today: VIX 31.2 above the ceiling 30");

        Assert.Equal(PhaseStatus.Failed, board[EntryPhase.CheckFilters].Status);
        Assert.All(board.Phases.Where(p => p.Phase > EntryPhase.CheckFilters), p => Assert.Equal(PhaseStatus.Skipped, p.Status));
        Assert.All(board.Phases.Where(p => p.Phase < EntryPhase.CheckFilters), p => Assert.Equal(PhaseStatus.Done, p.Status));
        Assert.True(board.IsFinished);
        Assert.Throws<InvalidOperationException>(() => board.Start(EntryPhase.FindStrikes, T0, "again"));
    }

    [Fact]
    public void Fail_PhaseNotStarted_GetsItsStartTime()
    {
        var board = PhaseBoard.Fresh.Fail(EntryPhase.Connect, T0, "missed the entry window");

        Assert.Equal(T0, board[EntryPhase.Connect].StartedAt);
    }

    [Fact]
    public void Start_PhaseThatAlreadyRan_Refused()
    {
        var board = PhaseBoard.Fresh.Start(EntryPhase.Connect, T0, "a").Start(EntryPhase.Wait, T0, "b");

        Assert.Throws<InvalidOperationException>(() => board.Start(EntryPhase.Connect, T0, "c"));
    }

    [Fact]
    public void Report_PhaseNotRunning_Refused()
    {
        Assert.Throws<InvalidOperationException>(() => PhaseBoard.Fresh.Report(EntryPhase.Chase, "step 2"));
    }

    [Fact]
    public void Report_RunningPhase_NewMessageSameStatus()
    {
        var board = PhaseBoard.Fresh.Start(EntryPhase.Chase, T0, "step 0").Report(EntryPhase.Chase, "step 1: 1.45");

        Assert.Equal((PhaseStatus.Running, "step 1: 1.45"), (board[EntryPhase.Chase].Status, board[EntryPhase.Chase].Message));
    }

    [Fact]
    public void Complete_Protect_BoardFinished()
    {
        var board = PhaseBoard.Fresh.Start(EntryPhase.Protect, T0, "placing exits")
            .Complete(EntryPhase.Protect, T0, "three exits acknowledged");

        Assert.True(board.IsFinished);
        Assert.All(board.Phases, p => Assert.Equal(PhaseStatus.Done, p.Status));
    }

    [Fact]
    public void Changes_ReturnNewBoards_EarlierSnapshotUnchanged()
    {
        var before = PhaseBoard.Fresh.Start(EntryPhase.Connect, T0, "a");
        _ = before.Complete(EntryPhase.Connect, T0, "b");

        Assert.Equal(PhaseStatus.Running, before[EntryPhase.Connect].Status);
    }
}
