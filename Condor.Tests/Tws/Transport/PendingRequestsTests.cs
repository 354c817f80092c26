using Condor.Engine.Tws.Transport;
using Condor.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Tws.Transport;

public sealed class PendingRequestsTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly ListLogger<PendingRequests> _logger = new();
    private readonly PendingRequests _pending;

    public PendingRequestsTests()
    {
        _pending = new PendingRequests(_clock, TimeSpan.FromSeconds(15), _logger);
    }

    [Fact]
    public async Task Complete_LiveRequest_CompletesTaskAndRemovesEntry()
    {
        var task = _pending.Expect<long>(7, CancellationToken.None);

        Assert.True(_pending.Complete(7, 1763900000L));

        Assert.Equal(1763900000L, await task);
        Assert.False(_pending.IsPending(7));
        Assert.Equal(0, _clock.ActiveTimers);
    }

    [Fact]
    public void Complete_UnknownId_ReturnsFalseAndLogs()
    {
        Assert.False(_pending.Complete(8, "x"));

        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains('8', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpectList_ItemsThenEnd_YieldsAllInOrder()
    {
        var task = _pending.ExpectList<string>(6001, CancellationToken.None);

        _pending.AddItem(6001, "NetLiquidation");
        _pending.AddItem(6001, "BuyingPower");
        Assert.False(task.IsCompleted);
        Assert.True(_pending.End(6001));

        Assert.Equal(["NetLiquidation", "BuyingPower"], await task);
    }

    [Fact]
    public async Task ExpectStream_ItemsArrive_YieldedBeforeEnd()
    {
        var stream = _pending.ExpectStream<int>(5, CancellationToken.None);
        await using var enumerator = stream.GetAsyncEnumerator();

        _pending.AddItem(5, 1);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(1, enumerator.Current);
        _pending.AddItem(5, 2);
        _pending.End(5);
        Assert.True(await enumerator.MoveNextAsync());
        Assert.Equal(2, enumerator.Current);
        Assert.False(await enumerator.MoveNextAsync());
    }

    [Fact]
    public async Task ExpectStream_AbandonedEarly_EntryWithdrawn()
    {
        var stream = _pending.ExpectStream<int>(5, CancellationToken.None);
        _pending.AddItem(5, 1);

        await foreach (var item in stream)
        {
            Assert.Equal(1, item);
            break;
        }

        Assert.False(_pending.IsPending(5));
        Assert.Equal(0, _clock.ActiveTimers);
    }

    [Fact]
    public async Task Expect_NoAnswerWithinTimeout_FailsWithTypedTimeout()
    {
        var task = _pending.Expect<long>(7, CancellationToken.None, TimeSpan.FromSeconds(2));

        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(task.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        var ex = await Assert.ThrowsAsync<TwsRequestTimeoutException>(() => task);
        Assert.Equal(7, ex.RequestId);
        Assert.Equal(TimeSpan.FromSeconds(2), ex.Timeout);
        Assert.False(_pending.IsPending(7));
    }

    [Fact]
    public async Task ExpectList_EachItemRestartsTimeout_FailsOnlyAfterSilence()
    {
        var task = _pending.ExpectList<int>(9, CancellationToken.None, TimeSpan.FromSeconds(2));

        _clock.Advance(TimeSpan.FromSeconds(1.5));
        _pending.AddItem(9, 1);
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        Assert.False(task.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(0.5));

        await Assert.ThrowsAsync<TwsRequestTimeoutException>(() => task);
    }

    [Fact]
    public async Task Expect_CallerCancels_TaskCancelledAndEntryRemoved()
    {
        using var cancel = new CancellationTokenSource();
        var task = _pending.Expect<long>(7, cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.False(_pending.IsPending(7));
    }

    [Fact]
    public void Expect_DuplicateLiveId_Throws()
    {
        _ = _pending.Expect<long>(7, CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => { _ = _pending.Expect<long>(7, CancellationToken.None); });
    }

    [Fact]
    public async Task OnGatewayError_RequestFailedCode_FailsThatRequestOnly()
    {
        var other = _pending.Expect<string>(1, CancellationToken.None);
        var target = _pending.Expect<string>(2, CancellationToken.None);

        var outcome = _pending.OnGatewayError(2, 200, "No security definition has been found for the request");

        Assert.Equal(GatewayErrorOutcome.FailedRequest, outcome);
        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => target);
        Assert.Equal((2, 200, TwsErrorClass.RequestFailed), (ex.RequestId, ex.Code, ex.ErrorClass));
        Assert.Contains("No security definition", ex.GatewayMessage, StringComparison.Ordinal);
        Assert.False(other.IsCompleted);
        Assert.True(_pending.IsPending(1));
    }

    [Fact]
    public async Task OnGatewayError_OrderRejected_CarriesAdvancedRejectJson()
    {
        var order = _pending.Expect<string>(106, CancellationToken.None);
        const string json = "{\"rejectReason\":\"INSUFFICIENT_MARGIN\",\"code\":201,\"options\":[]}";

        _pending.OnGatewayError(106, 201, "Order rejected - reason:YOUR ORDER IS NOT ACCEPTED.", json);

        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => order);
        Assert.Equal(TwsErrorClass.OrderRejected, ex.ErrorClass);
        Assert.Equal(json, ex.AdvancedOrderRejectJson);
    }

    [Theory]
    [InlineData(202)]
    [InlineData(10147)]
    [InlineData(10148)]
    [InlineData(2104)]
    [InlineData(1100)]
    [InlineData(2157)]
    [InlineData(2150)]
    public void OnGatewayError_NonFailureCode_FailsNothing(int code)
    {
        var order = _pending.Expect<string>(101, CancellationToken.None);

        var outcome = _pending.OnGatewayError(101, code, "message");

        Assert.Equal(GatewayErrorOutcome.NotAFailure, outcome);
        Assert.False(order.IsCompleted);
        Assert.True(_pending.IsPending(101));
    }

    [Fact]
    public async Task OnGatewayError_UnknownCodeForLiveRequest_FailsIt()
    {
        var request = _pending.Expect<string>(3, CancellationToken.None);

        Assert.Equal(GatewayErrorOutcome.FailedRequest, _pending.OnGatewayError(3, 504, "Not connected"));

        var ex = await Assert.ThrowsAsync<TwsRequestException>(() => request);
        Assert.Equal(TwsErrorClass.Unknown, ex.ErrorClass);
    }

    [Fact]
    public void OnGatewayError_FailureCodeWithoutLiveRequest_LoggedAsWarning()
    {
        Assert.Equal(GatewayErrorOutcome.NoLiveRequest, _pending.OnGatewayError(4, 504, "Not connected"));

        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("504", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailAll_ConnectionLost_FailsEveryLiveRequest()
    {
        var single = _pending.Expect<string>(1, CancellationToken.None);
        var list = _pending.ExpectList<string>(2, CancellationToken.None);

        _pending.FailAll(new TwsConnectionLostException("socket closed"));

        await Assert.ThrowsAsync<TwsConnectionLostException>(() => single);
        await Assert.ThrowsAsync<TwsConnectionLostException>(() => list);
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public async Task Complete_WrongAnswerType_FailsRequestLoudly()
    {
        var task = _pending.Expect<long>(7, CancellationToken.None);

        Assert.False(_pending.Complete(7, "text"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => task);
    }

    [Fact]
    public async Task End_OnSingleAnswerRequest_FailsRequestLoudly()
    {
        var task = _pending.Expect<long>(7, CancellationToken.None);

        Assert.False(_pending.End(7));

        await Assert.ThrowsAsync<InvalidOperationException>(() => task);
    }

    [Fact]
    public void UnnumberedKey_CurrentTime_IsNegativeAndDistinctFromGatewayIds()
    {
        Assert.Equal(-1049, PendingRequests.UnnumberedKey(49));
        Assert.NotEqual(-1, PendingRequests.UnnumberedKey(0));
    }
}
